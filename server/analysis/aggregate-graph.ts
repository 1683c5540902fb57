// The aggregate simple graph of a flow matrix: one directed edge per pair with an included deal,
// carrying W and the deal ids — the graph that metrics run on (never the deal multigraph).

import { DirectedGraph } from "graphology";
import type { Attributes } from "graphology-types";
import type { FlowMatrix } from "./flow-matrix.js";

export interface AggregateEdge {
  /** W[i][j] (0 when every deal on the pair is undisclosed). */
  weightUsd: number;
  deals: readonly string[];
}

export interface AggregateNode extends Attributes {
  /** The entity id (node keys are entity indices: see below). */
  id: string;
}

export type AggregateGraph = DirectedGraph<AggregateNode, AggregateEdge>;

/**
 * Node key = String(entity index) with the id as attribute, edge key = String(flow edge index).
 * NOTE: keys are indices, not ids, because graphology's simple graphs keep adjacency in plain
 * objects, where ids like "__proto__" or "constructor" collide with Object.prototype.
 */
export function buildAggregateGraph(flow: FlowMatrix): AggregateGraph {
  const graph: AggregateGraph = new DirectedGraph();
  for (let i = 0; i < flow.n; i++) graph.addNode(String(i), { id: flow.ids[i]! });
  for (let i = 0; i < flow.n; i++) {
    for (let e = flow.offsets[i]!; e < flow.offsets[i + 1]!; e++) {
      graph.addEdgeWithKey(String(e), String(i), String(flow.targets[e]!), {
        weightUsd: flow.weights[e]!,
        deals: flow.deals[e]!,
      });
    }
  }
  return graph;
}
