// The inputs shared by the node and edge reducers, derived once per view-state change.

import type { CanvasColors } from "../../shared/palette.js";
import type { ViewAnalysis } from "../analyze-view.js";
import { labelledDefaults } from "../stress-panel/default-mark.js";
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
  /** Short labels for a small canvas (a phone): "✕2" after a defaulted entity's name. */
  compactLabels: boolean;
  /** The defaulted entities whose labels are always drawn (the others where there is room). */
  labelledDefaults: ReadonlySet<string>;
}

/** How many defaults beside the shocked keep a label whatever the crowding, by canvas size. */
export const LABELLED_DEFAULTS = Object.freeze({ compact: 4, wide: 12 });

export function createReducerContext(
  state: ViewState,
  analysis: ViewAnalysis,
  graph: DisplayGraph,
  colors: CanvasColors,
  referenceFlowUsd: number,
  sizeScale = 1,
  losses: ScenarioLosses | null = null,
  compactLabels = false,
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
    compactLabels,
    labelledDefaults:
      losses === null
        ? new Set()
        : labelledDefaults(
            losses,
            compactLabels ? LABELLED_DEFAULTS.compact : LABELLED_DEFAULTS.wide,
          ),
  };
}
