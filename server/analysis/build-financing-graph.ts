// The financing graph: a graphology multigraph with one node per entity and one edge per deal.

import { MultiDirectedGraph } from "graphology";
import type { AbstractGraph } from "graphology-types";
import { compareIds } from "./compare-ids.js";
import type { Dataset, Deal, Entity } from "./types.js";

// compareIds lived here first; graph-free modules import it from compare-ids.ts.
export { compareIds };

export type FinancingGraph = MultiDirectedGraph<Entity, Deal>;

/**
 * Build the multigraph of a validated dataset: node key = entity id, edge key = deal id,
 * attributes = the records themselves. Entities and deals are added in id order so that
 * iteration order, and everything derived from it, is deterministic.
 */
export function buildFinancingGraph(dataset: Dataset): FinancingGraph {
  const graph: FinancingGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  const entities = [...dataset.entities].sort((a, b) => compareIds(a.id, b.id));
  for (const entity of entities) graph.addNode(entity.id, entity);
  nullPrototypeAdjacency(graph);
  const deals = [...dataset.deals].sort((a, b) => compareIds(a.id, b.id));
  for (const deal of deals) graph.addDirectedEdgeWithKey(deal.id, deal.from, deal.to, deal);
  return graph;
}

/**
 * NOTE: graphology 0.26 keeps each node's adjacency in plain objects (`{}`), so an entity id such
 * as "__proto__" or "constructor" reads Object.prototype members as edges, and adding a parallel
 * deal to "__proto__" writes `previous` onto Object.prototype for the whole process. Swapping the
 * (still empty) adjacency objects for prototype-less ones keeps every id an ordinary key. Call it
 * after adding every node and before adding the first edge (a node added later is unprotected).
 */
export function nullPrototypeAdjacency(graph: AbstractGraph): void {
  const internal = graph as unknown as { _nodes?: Map<string, Record<string, unknown>> };
  if (!(internal._nodes instanceof Map)) return;
  for (const data of internal._nodes.values()) {
    for (const key of ["in", "out", "undirected"]) {
      if (typeof data[key] === "object" && data[key] !== null) data[key] = Object.create(null);
    }
  }
}
