// The deals of a financing graph as records, each with the graph's own key and endpoints.

import type { FinancingGraph } from "./build-financing-graph.js";
import type { Deal } from "./types.js";

/** Every edge's deal, in edge order; the record itself when it agrees with the graph (no copy). */
export function graphDeals(graph: FinancingGraph): Deal[] {
  return graph.mapEdges(dealOfEdge);
}

function dealOfEdge(key: string, deal: Deal, source: string, target: string): Deal {
  return deal.id === key && deal.from === source && deal.to === target
    ? deal
    : { ...deal, id: key, from: source, to: target };
}
