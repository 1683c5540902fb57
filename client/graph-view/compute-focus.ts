// What the graph emphasises for the current view state: a loop, an entity and its deals, or one
// deal; and which entities an ego view keeps. Computed once per change, read by the reducers.

import type { Cycle, ViewAnalysis } from "../analyze-view.js";
import { sameCycle, type ViewState } from "../view-state.js";
import type { DisplayGraph } from "./build-display-graph.js";

export interface Focus {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** The node or edge under the pointer or selected, drawn on top. */
  primary: string | null;
}

export function findCycle(analysis: ViewAnalysis, nodes: readonly string[] | null): Cycle | null {
  if (nodes === null) return null;
  return analysis.cycles.cycles.find((cycle) => sameCycle(cycle.nodes, nodes)) ?? null;
}

function entityFocus(graph: DisplayGraph, analysis: ViewAnalysis, id: string): Focus | null {
  if (!graph.hasNode(id)) return null;
  const nodes = new Set([id]);
  const edges = new Set<string>();
  graph.forEachEdge(id, (edge, _attrs, source, target) => {
    if (!analysis.drawnDeals.has(edge)) return;
    edges.add(edge);
    nodes.add(source);
    nodes.add(target);
  });
  return { nodes, edges, primary: id };
}

export function computeFocus(
  state: ViewState,
  analysis: ViewAnalysis,
  graph: DisplayGraph,
): Focus | null {
  const cycle = findCycle(analysis, state.hoveredCycle) ?? findCycle(analysis, state.focusedCycle);
  if (cycle) {
    return { nodes: new Set(cycle.nodes), edges: new Set(cycle.deals.flat()), primary: null };
  }
  const item = state.hovered ?? state.selection;
  if (item?.kind === "entity") return entityFocus(graph, analysis, item.id);
  if (item?.kind === "deal" && graph.hasEdge(item.id)) {
    return {
      nodes: new Set(graph.extremities(item.id)),
      edges: new Set([item.id]),
      primary: item.id,
    };
  }
  return null;
}

/** The ego entity and its neighbours over drawn deals; null when no ego view is on. */
export function computeEgo(
  state: ViewState,
  analysis: ViewAnalysis,
  graph: DisplayGraph,
): ReadonlySet<string> | null {
  if (state.egoEntity === null || !graph.hasNode(state.egoEntity)) return null;
  return entityFocus(graph, analysis, state.egoEntity)?.nodes ?? null;
}
