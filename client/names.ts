// Looking up records of the current dataset by id, tolerant of ids that are not there.

import type { Deal, Entity, FinancingGraph } from "@engine";

export function entityName(graph: FinancingGraph, id: string): string {
  return graph.hasNode(id) ? graph.getNodeAttribute(id, "name") : id;
}

export function entityOf(graph: FinancingGraph, id: string): Entity | null {
  return graph.hasNode(id) ? graph.getNodeAttributes(id) : null;
}

export function dealOf(graph: FinancingGraph, id: string): Deal | null {
  return graph.hasEdge(id) ? graph.getEdgeAttributes(id) : null;
}
