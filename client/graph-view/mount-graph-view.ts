// The network canvas: sigma with curved arrows, reducers reading the view state, pointer events
// dispatching hover and selection, and the camera framing a focused loop or selected entity.

import { createEdgeCurveProgram } from "@sigma/edge-curve";
import Sigma from "sigma";
import { DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS } from "sigma/rendering";
import { canvasColors, type Theme } from "../palette.js";
import type { ViewModel } from "../view-model.js";
import { sameCycle, sameItem } from "../view-state.js";
import type { DisplayEdge, DisplayNode } from "./build-display-graph.js";
import { createDrawHover, createDrawLabel } from "./draw-label.js";
import { edgeDisplay } from "./edge-reducer.js";
import { cameraFor } from "./fit-camera.js";
import { nodeDisplay } from "./node-reducer.js";
import { createReducerContext, type ReducerContext } from "./reducer-context.js";

export const LABEL_FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Liberation Sans", Arial, sans-serif';

/** EdgeCurvedArrowProgram, typed for our attributes. */
const CurvedArrowProgram = createEdgeCurveProgram<DisplayNode, DisplayEdge>({
  arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
});

export interface GraphView {
  renderer: Sigma<DisplayNode, DisplayEdge>;
  /** Fit every visible entity and label in view. */
  fit(): void;
  dispose(): void;
}

function themeSettings(theme: Theme) {
  const colors = canvasColors(theme);
  return {
    defaultDrawNodeLabel: createDrawLabel(colors),
    defaultDrawNodeHover: createDrawHover(colors, theme === "dark" ? "#1C222B" : "#FFFFFF"),
  };
}

export interface GraphViewOptions {
  /** Pixels on the left covered by an overlay (the legend) that fitting should avoid. */
  insetLeft?: () => number;
}

export function mountGraphView(
  container: HTMLElement,
  model: ViewModel,
  options: GraphViewOptions = {},
): GraphView {
  const { display } = model;
  let ctx: ReducerContext = createReducerContext(
    model.getState(),
    model.getAnalysis(),
    display,
    canvasColors(model.getState().theme),
    model.referenceFlowUsd,
  );
  const renderer = new Sigma<DisplayNode, DisplayEdge>(display, container, {
    defaultEdgeType: "curved",
    edgeProgramClasses: { curved: CurvedArrowProgram },
    enableEdgeEvents: true,
    stagePadding: 48,
    labelFont: LABEL_FONT,
    labelSize: 12,
    labelWeight: "500",
    labelDensity: 2,
    labelGridCellSize: 60,
    labelRenderedSizeThreshold: 0,
    zIndex: true,
    minCameraRatio: 0.08,
    maxCameraRatio: 3,
    ...themeSettings(model.getState().theme),
    nodeReducer: (node, attrs) => nodeDisplay(node, attrs, ctx),
    edgeReducer: (edge, attrs) => edgeDisplay(edge, attrs, display.extremities(edge), ctx),
  });

  // Normalise over every entity, not just the visible ones, so positions and scale hold still
  // while filters and the timeline hide and show entities.
  const xs = display.mapNodes((_, attrs) => attrs.x);
  const ys = display.mapNodes((_, attrs) => attrs.y);
  if (xs.length > 0) {
    renderer.setCustomBBox({
      x: [Math.min(...xs), Math.max(...xs)],
      y: [Math.min(...ys), Math.max(...ys)],
    });
  }

  renderer.on("enterNode", ({ node }) =>
    model.dispatch({ type: "hover", item: { kind: "entity", id: node } }),
  );
  renderer.on("leaveNode", () => model.dispatch({ type: "hover", item: null }));
  renderer.on("enterEdge", ({ edge }) =>
    model.dispatch({ type: "hover", item: { kind: "deal", id: edge } }),
  );
  renderer.on("leaveEdge", () => model.dispatch({ type: "hover", item: null }));
  // A click on the canvas selects what is already in view: no camera move for that.
  let clickedOnCanvas = false;
  renderer.on("clickNode", ({ node }) => {
    clickedOnCanvas = true;
    model.dispatch({ type: "select", item: { kind: "entity", id: node } });
    clickedOnCanvas = false;
  });
  renderer.on("clickEdge", ({ edge }) => {
    clickedOnCanvas = true;
    model.dispatch({ type: "select", item: { kind: "deal", id: edge } });
    clickedOnCanvas = false;
  });
  renderer.on("clickStage", () => {
    model.dispatch({ type: "select", item: null });
    model.dispatch({ type: "focusCycle", nodes: null });
  });
  renderer.on("doubleClickNode", ({ node, preventSigmaDefault }) => {
    preventSigmaDefault();
    model.dispatch({ type: "setEgo", id: node });
  });

  /** Move the camera so the given entities (all by default) and their labels fill the view. */
  function frame(nodes: readonly string[] | null, duration = 450, includeHidden = false): void {
    const target = cameraFor(renderer, nodes, {
      padding: nodes ? 80 : 24,
      insetLeft: options.insetLeft?.() ?? 0,
      includeHidden,
    });
    // Never zoom in further than needed to read a small loop in context.
    if (nodes) target.ratio = Math.min(1.05, Math.max(0.75, target.ratio));
    if (duration === 0) renderer.getCamera().setState(target);
    else void renderer.getCamera().animate(target, { duration });
  }
  // The first view shows the whole network's extent, so the timeline grows into it in place.
  frame(null, 0, true);

  const unsubscribe = model.subscribe((state, analysis, previous) => {
    if (state.theme !== previous.theme) renderer.setSettings(themeSettings(state.theme));
    ctx = createReducerContext(
      state,
      analysis,
      display,
      canvasColors(state.theme),
      model.referenceFlowUsd,
    );
    // Hover only changes emphasis: no need to re-index edges for that.
    const hoverOnly =
      state.filters === previous.filters &&
      state.asOf === previous.asOf &&
      state.egoEntity === previous.egoEntity &&
      state.theme === previous.theme;
    renderer.refresh({ skipIndexation: hoverOnly });
    if (state.focusedCycle && !sameCycle(state.focusedCycle, previous.focusedCycle)) {
      frame(state.focusedCycle);
    } else if (
      state.selection !== null &&
      !sameItem(state.selection, previous.selection) &&
      !clickedOnCanvas &&
      ctx.focus !== null
    ) {
      // Selected from a panel or search, not by clicking on the canvas: bring it into view.
      frame([...ctx.focus.nodes]);
    } else if (state.egoEntity !== previous.egoEntity) {
      if (ctx.ego) frame([...ctx.ego]);
      else frame(null, 400);
    }
  });

  return {
    renderer,
    fit: () => frame(null, 300),
    dispose() {
      unsubscribe();
      renderer.kill();
    },
  };
}
