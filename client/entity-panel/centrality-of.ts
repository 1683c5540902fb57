// An entity's centrality for its panel (the engine's computeCentrality: weighted PageRank and
// betweenness on the view's flow matrix) with its rank among all entities, computed once per
// flow matrix; left out on large networks, where betweenness (O(V·E)) would block the page.

import { computeCentrality, type FlowMatrix } from "@engine";

export interface RankedCentrality {
  readonly pageRank: number;
  readonly betweenness: number;
  /** 1 for the highest; entities with equal values share the better rank. */
  readonly pageRankRank: number;
  readonly betweennessRank: number;
  /** Entities ranked. */
  readonly count: number;
}

export const CENTRALITY_MAX_ENTITIES = 2_000;

const computed = new WeakMap<FlowMatrix, ReadonlyMap<string, RankedCentrality>>();

/** Rank of each value among `values`: 1 + how many are strictly greater. */
function ranks(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => b - a);
  return values.map((value) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid]! > value) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  });
}

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
    const rows = computeCentrality(flow);
    const byPageRank = ranks(rows.map((row) => row.pageRank));
    const byBetweenness = ranks(rows.map((row) => row.betweenness));
    table = new Map(
      rows.map((row, i) => [
        row.id,
        {
          pageRank: row.pageRank,
          betweenness: row.betweenness,
          pageRankRank: byPageRank[i]!,
          betweennessRank: byBetweenness[i]!,
          count: rows.length,
        },
      ]),
    );
    computed.set(flow, table);
  }
  return table.get(id) ?? null;
}
