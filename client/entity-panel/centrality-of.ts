// An entity's centrality for its panel (the engine's rankCentrality: weighted PageRank and
// betweenness on the view's flow matrix, with its rank among all entities), computed once per
// flow matrix; left out on large networks, where it would block the page (betweenness is O(V·E);
// GET /api/entities/:id gives PageRank at any size).

import { type FlowMatrix, RANK_CENTRALITY_DEFAULTS, rankCentrality } from "@engine";

export interface RankedCentrality {
  readonly pageRank: number;
  /** Null when the network is past the engine's bound on betweenness' work. */
  readonly betweenness: number | null;
  /** 1 for the highest; entities with equal values share the better rank. */
  readonly pageRankRank: number;
  readonly betweennessRank: number | null;
  /** Entities ranked. */
  readonly count: number;
  /** Why betweenness is null (the engine's words); null when it was computed. */
  readonly betweennessNotComputed: string | null;
}

/** The engine's bound for betweenness: above it, the viewer computes neither measure. */
export const CENTRALITY_MAX_ENTITIES = RANK_CENTRALITY_DEFAULTS.maxBetweennessEntities;

const computed = new WeakMap<FlowMatrix, ReadonlyMap<string, RankedCentrality>>();

/** Whether `centralityOf(flow, …)` answers at once (computed before, or nothing to compute). */
export function centralityReady(
  flow: FlowMatrix,
  maxEntities: number = CENTRALITY_MAX_ENTITIES,
): boolean {
  return flow.n > maxEntities || computed.has(flow);
}

/** The entity's centrality and ranks; null on networks above `maxEntities` or for an unknown id. */
export function centralityOf(
  flow: FlowMatrix,
  id: string,
  maxEntities: number = CENTRALITY_MAX_ENTITIES,
): RankedCentrality | null {
  if (flow.n > maxEntities) return null;
  let table = computed.get(flow);
  if (table === undefined) {
    const { entities, betweennessNotComputed } = rankCentrality(flow, {
      maxBetweennessEntities: maxEntities,
    });
    table = new Map(
      entities.map((row) => [
        row.id,
        {
          pageRank: row.pageRank,
          betweenness: row.betweenness,
          pageRankRank: row.pageRankRank,
          betweennessRank: row.betweennessRank,
          count: entities.length,
          betweennessNotComputed,
        },
      ]),
    );
    computed.set(flow, table);
  }
  return table.get(id) ?? null;
}
