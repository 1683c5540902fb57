// Each entity's centrality with its rank among all entities (the entity panel and
// GET /api/entities/:id): PageRank always, betweenness only within a bound on its work (Brandes'
// algorithm runs a search from every entity: time entities × (entities + pairs)); past the bound,
// null with the reason said, never left out silently.

import {
  CENTRALITY_DEFAULTS,
  type CentralityOptions,
  computeCentrality,
  computePageRank,
} from "./centrality.js";
import { InvalidOptionError } from "./errors.js";
import type { FlowMatrix } from "./flow-matrix.js";

export interface RankCentralityOptions extends CentralityOptions {
  /** Betweenness is computed on networks of at most this many entities… */
  maxBetweennessEntities: number;
  /**
   * …and when entities × (entities + money-carrying pairs) is at most this: about 2 s on a
   * shared core at 2,000 entities and 7,300 pairs (1.9e7), within the API worker's deadline.
   */
  maxBetweennessWork: number;
}

export const RANK_CENTRALITY_DEFAULTS: Readonly<RankCentralityOptions> = Object.freeze({
  ...CENTRALITY_DEFAULTS,
  maxBetweennessEntities: 2_000,
  maxBetweennessWork: 3e7,
});

export interface RankedCentrality {
  readonly id: string;
  /** Weighted PageRank (damping 0.85), summing to 1 over entities. */
  readonly pageRank: number;
  /** 1 for the highest; entities with equal values share the better rank. */
  readonly pageRankRank: number;
  /** Betweenness on directed hops, normalized by (n − 1)(n − 2); null when not computed. */
  readonly betweenness: number | null;
  readonly betweennessRank: number | null;
}

export interface CentralityRanking {
  /** One row per entity, in entity id order. */
  readonly entities: readonly RankedCentrality[];
  /** Why betweenness is null on every row; null when it was computed. */
  readonly betweennessNotComputed: string | null;
}

/** Rank of each value among `values`: 1 + how many are strictly greater. */
function rankValues(values: readonly number[]): number[] {
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

/** The money-carrying pairs (W > 0): the edges betweenness searches. */
function carryingPairs(flow: FlowMatrix): number {
  let pairs = 0;
  for (const weight of flow.weights) if (weight > 0) pairs++;
  return pairs;
}

/** Why betweenness would not be computed on `flow` under the bounds; null when it would. */
function betweennessBoundNote(
  flow: FlowMatrix,
  options: Pick<RankCentralityOptions, "maxBetweennessEntities" | "maxBetweennessWork">,
): string | null {
  const { maxBetweennessEntities, maxBetweennessWork } = options;
  if (flow.n > maxBetweennessEntities) {
    return `betweenness is computed on networks of up to ${maxBetweennessEntities} entities (Brandes' algorithm takes time entities × deals); this one has ${flow.n}`;
  }
  const pairs = carryingPairs(flow);
  const work = flow.n * (flow.n + pairs);
  if (work > maxBetweennessWork) {
    return `betweenness is computed when entities × (entities + pairs with money) is at most ${maxBetweennessWork}; this network has ${flow.n} × (${flow.n} + ${pairs}) = ${work}`;
  }
  return null;
}

export function rankCentrality(
  flow: FlowMatrix,
  options: Partial<RankCentralityOptions> = {},
): CentralityRanking {
  const resolved = { ...RANK_CENTRALITY_DEFAULTS, ...options };
  for (const name of ["maxBetweennessEntities", "maxBetweennessWork"] as const) {
    if (!(resolved[name] >= 0)) {
      throw new InvalidOptionError(
        `rankCentrality: expected ${name} ≥ 0, received ${String(resolved[name])}`,
      );
    }
  }
  const { alpha } = resolved;
  const note = betweennessBoundNote(flow, resolved);
  if (note !== null) {
    const pageRank = computePageRank(flow, { alpha });
    const ranks = rankValues(pageRank);
    return {
      entities: flow.ids.map((id, i) => ({
        id,
        pageRank: pageRank[i]!,
        pageRankRank: ranks[i]!,
        betweenness: null,
        betweennessRank: null,
      })),
      betweennessNotComputed: note,
    };
  }
  const rows = computeCentrality(flow, { alpha });
  const pageRankRanks = rankValues(rows.map((row) => row.pageRank));
  const betweennessRanks = rankValues(rows.map((row) => row.betweenness));
  return {
    entities: rows.map((row, i) => ({
      ...row,
      pageRankRank: pageRankRanks[i]!,
      betweennessRank: betweennessRanks[i]!,
    })),
    betweennessNotComputed: null,
  };
}
