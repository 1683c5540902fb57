// The inputs shared by the node and edge reducers, derived once per view-state change.

import type { CanvasColors } from "../../shared/palette.js";
import type { ViewAnalysis } from "../analyze-view.js";
import type { ScenarioLosses } from "../stress-panel/scenario-losses.js";
import type { ViewState } from "../view-state.js";
import type { DisplayGraph } from "./build-display-graph.js";
import { computeEgo, computeFocus, type Focus } from "./compute-focus.js";

export interface ReducerContext {
  state: ViewState;
  analysis: ViewAnalysis;
  focus: Focus | null;
  ego: ReadonlySet<string> | null;
  colors: CanvasColors;
  /** The largest entity flow of the whole dataset: node sizes are relative to it. */
  referenceFlowUsd: number;
  /** Multiplies node radii and edge widths (below 1 on large networks, where discs would pile up). */
  sizeScale: number;
  /** The what-if scenario's losses: nodes colour by relative loss. */
  losses: ScenarioLosses | null;
}

export function createReducerContext(
  state: ViewState,
  analysis: ViewAnalysis,
  graph: DisplayGraph,
  colors: CanvasColors,
  referenceFlowUsd: number,
  sizeScale = 1,
  losses: ScenarioLosses | null = null,
): ReducerContext {
  return {
    state,
    analysis,
    focus: computeFocus(state, analysis, graph),
    ego: computeEgo(state, analysis, graph),
    colors,
    referenceFlowUsd,
    sizeScale,
    losses,
  };
}
