// Shared setup for the reducer tests: the fixture's display graph and a context per view state.

import { buildFinancingGraph } from "@engine";
import { analyzeView } from "../../../client/analyze-view.js";
import {
  buildDisplayGraph,
  type DisplayGraph,
} from "../../../client/graph-view/build-display-graph.js";
import { edgeDisplay } from "../../../client/graph-view/edge-reducer.js";
import { nodeDisplay } from "../../../client/graph-view/node-reducer.js";
import {
  createReducerContext,
  type ReducerContext,
} from "../../../client/graph-view/reducer-context.js";
import { createScenarioLosses } from "../../../client/stress-panel/scenario-losses.js";
import {
  type Action,
  reduceViewState,
  VIEW_STATE_DEFAULTS,
  type ViewState,
} from "../../../client/view-state.js";
import { canvasColors } from "../../../shared/palette.js";
import { FIXTURE } from "../fixture-dataset.js";

export const graph = buildFinancingGraph(FIXTURE);
export const positions = new Map(FIXTURE.entities.map((e, i) => [e.id, { x: i, y: -i }]));
export const display: DisplayGraph = buildDisplayGraph(graph, positions);

/** The reducer context after applying `actions` to the default view state. */
export function context(...actions: Action[]): ReducerContext {
  return contextOn(false, ...actions);
}

/** The same on a phone-sized canvas: short what-if labels. */
export function phoneContext(...actions: Action[]): ReducerContext {
  return contextOn(true, ...actions);
}

function contextOn(compactLabels: boolean, ...actions: Action[]): ReducerContext {
  const state: ViewState = actions.reduce(reduceViewState, VIEW_STATE_DEFAULTS);
  const analysis = analyzeView(FIXTURE, graph, state.filters, state.asOf);
  const losses = createScenarioLosses(graph)(state);
  return createReducerContext(
    state,
    analysis,
    display,
    canvasColors(state.theme),
    100e9,
    1,
    losses,
    compactLabels,
  );
}

export const node = (id: string, ctx: ReducerContext) =>
  nodeDisplay(id, display.getNodeAttributes(id), ctx);

export const edge = (id: string, ctx: ReducerContext) =>
  edgeDisplay(id, display.getEdgeAttributes(id), display.extremities(id) as [string, string], ctx);
