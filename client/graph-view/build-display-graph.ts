// The graph sigma draws: one node per entity at its layout position, one curved edge per deal
// (our own parallel-edge curvature: @sigma/edge-curve's index needs WebGL just to be imported).
// Built once per dataset; everything that depends on view state is applied by the reducers.

import {
  type DealType,
  type EntityKind,
  type FinancingGraph,
  nullPrototypeAdjacency,
} from "@engine";
import { MultiDirectedGraph } from "graphology";
import { displayLabel } from "../../shared/display-label.js";
import type { Positions } from "../../shared/layout/compute-layout.js";
import { isFirmDeal } from "../deal-terms.js";

export interface DisplayNode {
  x: number;
  y: number;
  label: string;
  kind: EntityKind;
}

export interface DisplayEdge {
  /** sigma's program: curved arrows, or straight arrows or hairlines on large networks. */
  type: "curved" | "arrow" | "line";
  dealType: DealType;
  amountUsd: number | null;
  /** A firm commitment (SPEC §2.1's committed view); anything else is drawn dashed. */
  firm: boolean;
  curvature: number;
}

export type DisplayGraph = MultiDirectedGraph<DisplayNode, DisplayEdge>;

/** A gentle arc for a lone deal so direction reads at a glance. */
export const BASE_CURVATURE = 0.12;
/** Each further deal on the same ordered pair bends a little wider, so all stay visible. */
export const CURVATURE_STEP = 0.14;

export function buildDisplayGraph(
  graph: FinancingGraph,
  positions: Positions,
  edgeType: DisplayEdge["type"] = "curved",
): DisplayGraph {
  const display: DisplayGraph = new MultiDirectedGraph();
  graph.forEachNode((id, entity) => {
    const position = positions.get(id) ?? { x: 0, y: 0 };
    display.addNode(id, { ...position, label: displayLabel(entity.name), kind: entity.kind });
  });
  // Keyed by entity id like the engine's graph: ids such as "constructor" stay ordinary keys.
  nullPrototypeAdjacency(display);
  // Curvature bends each arc to the right of its direction, so opposite deals (B → A beside
  // A → B) fall on opposite sides, and parallel deals nest: every deal stays visible.
  const onPair = new Map<string, number>();
  graph.forEachEdge((id, deal, source, target) => {
    // Self-loops are ignored in flow analysis and cannot be drawn as arcs; panels list them.
    if (source === target) return;
    const pair = JSON.stringify([source, target]);
    const index = onPair.get(pair) ?? 0;
    onPair.set(pair, index + 1);
    display.addDirectedEdgeWithKey(id, source, target, {
      type: edgeType,
      dealType: deal.type,
      amountUsd: deal.amountUsd,
      firm: isFirmDeal(deal),
      curvature: BASE_CURVATURE + CURVATURE_STEP * index,
    });
  });
  return display;
}
