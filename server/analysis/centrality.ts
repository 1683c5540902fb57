// Centrality of each entity on the aggregate simple graph of money-carrying pairs (W > 0):
// PageRank weighted by W (where money ends up) and betweenness on hops (who sits between others).
// Reference: Brin & Page 1998 (PageRank); U. Brandes, "A faster algorithm for betweenness
// centrality", J. Math. Sociology 25(2), 2001 — both as implemented by graphology-metrics.

import betweenness from "graphology-metrics/centrality/betweenness.js";
import pagerank from "graphology-metrics/centrality/pagerank.js";
import { buildAggregateGraph } from "./aggregate-graph.js";
import { InvalidOptionError } from "./errors.js";
import type { FlowMatrix } from "./flow-matrix.js";
import { positiveFlow } from "./positive-flow.js";

export interface EntityCentrality {
  readonly id: string;
  /** Weighted PageRank (damping 0.85), summing to 1 over entities. */
  readonly pageRank: number;
  /** Betweenness on directed hops, normalized by (n − 1)(n − 2). */
  readonly betweenness: number;
}

export interface CentralityOptions {
  /** PageRank damping factor, in (0, 1). */
  alpha: number;
}

export const CENTRALITY_DEFAULTS: Readonly<CentralityOptions> = Object.freeze({ alpha: 0.85 });

/** One row per entity, in entity id order. */
export function computeCentrality(
  flow: FlowMatrix,
  options: Partial<CentralityOptions> = {},
): EntityCentrality[] {
  const { alpha } = { ...CENTRALITY_DEFAULTS, ...options };
  if (!(alpha > 0 && alpha < 1)) {
    throw new InvalidOptionError(
      `computeCentrality: expected 0 < alpha < 1, received ${String(alpha)}`,
    );
  }
  if (flow.n === 0) return [];
  // A private graph keyed by entity index: results are assigned as node attributes and read back.
  const graph = buildAggregateGraph(positiveFlow(flow));
  pagerank.assign(graph, {
    nodePagerankAttribute: "pageRank",
    getEdgeWeight: "weightUsd",
    alpha,
    maxIterations: 100_000,
    tolerance: 1e-13,
  });
  betweenness.assign(graph, {
    nodeCentralityAttribute: "betweenness",
    getEdgeWeight: null,
    normalized: true,
  });
  return flow.ids.map((id, i) => ({
    id,
    pageRank: graph.getNodeAttribute(String(i), "pageRank") as number,
    betweenness: graph.getNodeAttribute(String(i), "betweenness") as number,
  }));
}
