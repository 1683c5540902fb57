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

/** The money-carrying pairs' graph with each node's weighted PageRank assigned as `pageRank`. */
function rankedGraph(flow: FlowMatrix, options: Partial<CentralityOptions>, caller: string) {
  const { alpha } = { ...CENTRALITY_DEFAULTS, ...options };
  if (!(alpha > 0 && alpha < 1)) {
    throw new InvalidOptionError(`${caller}: expected 0 < alpha < 1, received ${String(alpha)}`);
  }
  // A private graph keyed by entity index: results are assigned as node attributes and read back.
  const graph = buildAggregateGraph(positiveFlow(flow));
  if (flow.n > 0) {
    pagerank.assign(graph, {
      nodePagerankAttribute: "pageRank",
      getEdgeWeight: "weightUsd",
      alpha,
      maxIterations: 100_000,
      tolerance: 1e-13,
    });
  }
  return graph;
}

/**
 * Weighted PageRank alone, one value per entity in entity id order: linear in the deals per
 * iteration, so it is computed on networks of any size (betweenness is O(V·E)).
 */
export function computePageRank(
  flow: FlowMatrix,
  options: Partial<CentralityOptions> = {},
): number[] {
  const graph = rankedGraph(flow, options, "computePageRank");
  return flow.ids.map((_id, i) => graph.getNodeAttribute(String(i), "pageRank") as number);
}

/** One row per entity, in entity id order. */
export function computeCentrality(
  flow: FlowMatrix,
  options: Partial<CentralityOptions> = {},
): EntityCentrality[] {
  const graph = rankedGraph(flow, options, "computeCentrality");
  if (flow.n === 0) return [];
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
