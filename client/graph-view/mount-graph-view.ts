// The network canvas: sigma with the model's render tier (curved arrows on small networks, straight
// ones and a snapshot pan on large ones), reducers reading the view state, pointer events
// dispatching hover and selection, and the camera framing a focused loop or selected entity.

import { createEdgeCurveProgram } from "@sigma/edge-curve";
import Sigma from "sigma";
import {
  createEdgeArrowProgram,
  DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
  EdgeLineProgram,
  type EdgeProgramType,
  NodeCircleProgram,
  NodePointProgram,
  type NodeProgramType,
} from "sigma/rendering";
import type { MouseCoords } from "sigma/types";
import { canvasColors, type Theme } from "../../shared/palette.js";
import { createScenarioLosses } from "../stress-panel/scenario-losses.js";
import type { ViewModel } from "../view-model.js";
import { type ItemRef, sameCycle, sameItem, type ViewState } from "../view-state.js";
import type { DisplayEdge, DisplayNode } from "./build-display-graph.js";
import { createDashedCurveProgram } from "./dashed-curve-program.js";
import { deferPrograms } from "./defer-programs.js";
import {
  createDrawHover,
  createDrawLabel,
  createLabelSpace,
  type LabelSpace,
} from "./draw-label.js";
import { edgeDisplay } from "./edge-reducer.js";
import { cameraFor, type ViewRect } from "./fit-camera.js";
import { mountLongPress } from "./mount-long-press.js";
import { mountSnapshotPan, type SnapshotPan } from "./mount-snapshot-pan.js";
import { nodeDisplay } from "./node-reducer.js";
import { createReducerContext, type ReducerContext } from "./reducer-context.js";
import type { RenderTier } from "./render-tier.js";

export const LABEL_FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Liberation Sans", Arial, sans-serif';

/** Canvases this wide (px) or narrower are a phone's. */
const NARROW_STAGE = 480;

/** EdgeCurvedArrowProgram, typed for our attributes. */
const CurvedArrowProgram = createEdgeCurveProgram<DisplayNode, DisplayEdge>({
  arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
});

/** The same arrow, dashed: deals that are not a firm commitment. */
const DashedArrowProgram = createDashedCurveProgram<DisplayNode, DisplayEdge>({
  arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
});

/** sigma's straight arrows, typed for our attributes: the large tier's edges. */
const StraightArrowProgram = createEdgeArrowProgram<DisplayNode, DisplayEdge>();
/** sigma's one-pixel lines (no factory to type it): the largest networks' edges. */
const HairlineProgram = EdgeLineProgram as unknown as EdgeProgramType<DisplayNode, DisplayEdge>;
/** sigma's discs (no factory to type them either). */
const CircleProgram = NodeCircleProgram as unknown as NodeProgramType<DisplayNode, DisplayEdge>;
/** The same discs as points: the large tier's (no instancing, see RenderTier.nodeType). */
const PointProgram = NodePointProgram as unknown as NodeProgramType<DisplayNode, DisplayEdge>;

export interface GraphView {
  renderer: Sigma<DisplayNode, DisplayEdge>;
  /** Fit every visible entity and label in view. */
  fit(): void;
  dispose(): void;
}

function themeSettings(theme: Theme, labelSpace: LabelSpace) {
  const colors = canvasColors(theme);
  return {
    defaultDrawNodeLabel: createDrawLabel(colors, labelSpace),
    defaultDrawNodeHover: createDrawHover(colors, theme === "dark" ? "#1C222B" : "#FFFFFF"),
  };
}

/** What the canvas shows of a state: the large tier leaves hover emphasis to sigma's own hover. */
function drawnState(state: ViewState, tier: RenderTier): ViewState {
  return tier.hoverFocus ? state : { ...state, hovered: null, hoveredCycle: null };
}

/** Whether a state change can change the picture (search, tabs and the drawer cannot). */
function canvasChanged(state: ViewState, previous: ViewState, tier: RenderTier): boolean {
  return (
    state.filters !== previous.filters ||
    state.asOf !== previous.asOf ||
    state.egoEntity !== previous.egoEntity ||
    state.theme !== previous.theme ||
    state.scenario !== previous.scenario ||
    !sameItem(state.selection, previous.selection) ||
    !sameCycle(state.focusedCycle, previous.focusedCycle) ||
    (tier.hoverFocus &&
      (!sameItem(state.hovered, previous.hovered) ||
        !sameCycle(state.hoveredCycle, previous.hoveredCycle)))
  );
}

export interface GraphViewOptions {
  /** Controls drawn over the canvas (the legend, the zoom buttons), in its pixels: framing avoids them. */
  overlays?: () => readonly ViewRect[];
  /** Pixels at the bottom covered by an overlay (the phone's panel sheet). */
  insetBottom?: () => number;
}

export function mountGraphView(
  container: HTMLElement,
  model: ViewModel,
  options: GraphViewOptions = {},
): GraphView {
  const { display, tier } = model;
  const scenarioLosses = createScenarioLosses(model.graph);
  /** A phone's canvas: less padding around the network, shorter what-if labels. */
  const narrow = container.clientWidth <= NARROW_STAGE;
  let ctx: ReducerContext = createReducerContext(
    drawnState(model.getState(), tier),
    model.getAnalysis(),
    display,
    canvasColors(model.getState().theme),
    model.referenceFlowUsd,
    tier.sizeScale,
    scenarioLosses(model.getState()),
    narrow,
  );
  const programs = deferPrograms(tier.holdPicking);
  // Labels that would overlap are left out of a frame (a narrow screen shows fewer, none piled).
  const labelSpace = createLabelSpace();
  const renderer = new Sigma<DisplayNode, DisplayEdge>(display, container, {
    defaultEdgeType: tier.edgeType,
    defaultNodeType: tier.nodeType,
    // sigma registers its defaults beside ours: deferred, the types a network does not use are
    // never compiled.
    nodeProgramClasses: {
      circle: programs.node(CircleProgram),
      point: programs.node(PointProgram),
    },
    edgeProgramClasses: {
      curved: programs.edge(CurvedArrowProgram),
      dashed: programs.edge(DashedArrowProgram),
      arrow: programs.edge(StraightArrowProgram),
      line: programs.edge(HairlineProgram),
    },
    enableEdgeEvents: tier.enableEdgeEvents,
    hideEdgesOnMove: tier.hideEdgesOnMove,
    hideLabelsOnMove: tier.hideLabelsOnMove,
    stagePadding: narrow ? 16 : 48,
    labelFont: LABEL_FONT,
    labelSize: 12,
    labelWeight: "500",
    labelDensity: tier.labelDensity,
    labelGridCellSize: tier.labelGridCellSize,
    labelRenderedSizeThreshold: tier.labelRenderedSizeThreshold,
    zIndex: true,
    minCameraRatio: 0.08,
    maxCameraRatio: 3,
    ...themeSettings(model.getState().theme, labelSpace),
    nodeReducer: (node, attrs) => nodeDisplay(node, attrs, ctx),
    edgeReducer: (edge, attrs) => edgeDisplay(edge, attrs, display.extremities(edge), ctx),
  });

  renderer.on("beforeRender", labelSpace.clear);

  // Normalise over every entity, not just the visible ones, so positions and scale hold still
  // while filters and the timeline hide and show entities.
  // A loop, not Math.min(...xs): an uploaded network may have more nodes than a call takes arguments.
  const box = { x: [Infinity, -Infinity], y: [Infinity, -Infinity] } as {
    x: [number, number];
    y: [number, number];
  };
  display.forEachNode((_, attrs) => {
    box.x = [Math.min(box.x[0], attrs.x), Math.max(box.x[1], attrs.x)];
    box.y = [Math.min(box.y[0], attrs.y), Math.max(box.y[1], attrs.y)];
  });
  if (display.order > 0) renderer.setCustomBBox(box);

  const pan: SnapshotPan | null = tier.snapshotPan ? mountSnapshotPan(renderer) : null;
  const captor = renderer.getMouseCaptor();
  // Nodes passing under a dragging pointer are not hovered: each hover would redraw the network.
  const dragging = () => captor.isMouseDown || (pan?.isDragging() ?? false);
  // Touch has no hover: what a finger is on is shown (tooltip, highlight) only on a long press.
  let pressed: ItemRef | null = null;
  const longPress = mountLongPress(container, {
    onStart: () => model.dispatch({ type: "hover", item: null }),
    onLongPress: () => {
      if (pressed) model.dispatch({ type: "hover", item: pressed });
    },
  });
  const hover = (item: ItemRef | null, event: MouseCoords) => {
    if (!(event.original instanceof MouseEvent)) pressed = item;
    else if (item === null || !dragging()) model.dispatch({ type: "hover", item });
  };
  renderer.on("enterNode", ({ node, event }) => hover({ kind: "entity", id: node }, event));
  renderer.on("leaveNode", ({ event }) => hover(null, event));
  renderer.on("enterEdge", ({ edge, event }) => hover({ kind: "deal", id: edge }, event));
  renderer.on("leaveEdge", ({ event }) => hover(null, event));
  // A click on the canvas selects what is already in view: no camera move for that. The tap
  // that ends a long press selects nothing: the finger was held to read the tooltip.
  let clickedOnCanvas = false;
  renderer.on("clickNode", ({ node }) => {
    if (pan?.isDragging() || longPress.fired()) return;
    clickedOnCanvas = true;
    model.dispatch({ type: "select", item: { kind: "entity", id: node } });
    clickedOnCanvas = false;
  });
  renderer.on("clickEdge", ({ edge }) => {
    if (pan?.isDragging() || longPress.fired()) return;
    clickedOnCanvas = true;
    model.dispatch({ type: "select", item: { kind: "deal", id: edge } });
    clickedOnCanvas = false;
  });
  renderer.on("clickStage", () => {
    if (pan?.isDragging() || longPress.fired()) return;
    model.dispatch({ type: "select", item: null });
    model.dispatch({ type: "focusCycle", nodes: null });
  });
  renderer.on("doubleClickNode", ({ node, preventSigmaDefault }) => {
    preventSigmaDefault();
    model.dispatch({ type: "setEgo", id: node });
  });

  /** Move the camera so the given entities (all by default) and their labels fill the view. */
  function frame(
    nodes: readonly string[] | null,
    duration = 450,
    includeHidden = false,
    cover = false,
    anchor: string | null = null,
  ): void {
    const target = cameraFor(renderer, nodes, {
      padding: nodes ? (narrow ? 40 : 80) : narrow ? 8 : 24,
      cover,
      overlays: options.overlays?.() ?? [],
      insetBottom: options.insetBottom?.() ?? 0,
      includeHidden,
      // A few entities: never zoom in further than needed to read a small loop in context, nor
      // out so far that it is lost in the whole network (then the anchor stays in the middle).
      ...(nodes ? { minRatio: 0.75, maxRatio: 1.05, anchor } : {}),
    });
    if (duration === 0) renderer.getCamera().setState(target);
    else void renderer.getCamera().animate(target, { duration });
  }
  // The first view shows the whole network's extent, so the timeline grows into it in place;
  // on a phone held upright it fills the screen's height (a wide network would be a thin strip).
  const overview = () =>
    frame(null, 0, true, narrow && container.clientHeight > container.clientWidth);
  overview();
  /** The entity kept in view when a selection's neighbours do not all fit. */
  const anchorOf = (selection: ItemRef): string | null =>
    selection.kind === "entity"
      ? selection.id
      : display.hasEdge(selection.id)
        ? display.source(selection.id)
        : null;
  // sigma drew in its constructor and draws again, framed, in the next animation frame; picking
  // comes in the one after that.
  let pickingFrame = requestAnimationFrame(() => {
    // A link to a selection on a phone opens the sheet over the bottom of the graph (the sheet
    // is mounted after the graph): show the selection in the strip above it, as choosing it would.
    const { selection, focusedCycle } = model.getState();
    if (selection && ctx.focus && (options.insetBottom?.() ?? 0) > 0)
      frame([...ctx.focus.nodes], 0, false, false, anchorOf(selection));
    // The zoom buttons are mounted after the canvas: frame the overview clear of them too (the
    // camera, and so the canvas, moves only if a node was under them).
    else if (selection === null && focusedCycle === null) overview();
    pickingFrame = requestAnimationFrame(() => {
      programs.enablePicking(renderer);
      performance.mark("roundtrip:interactive");
    });
  });

  const unsubscribe = model.subscribe((state, analysis, previous) => {
    if (state.theme !== previous.theme)
      renderer.setSettings(themeSettings(state.theme, labelSpace));
    ctx = createReducerContext(
      drawnState(state, tier),
      analysis,
      display,
      canvasColors(state.theme),
      model.referenceFlowUsd,
      tier.sizeScale,
      scenarioLosses(state),
      narrow,
    );
    // NOTE: a full refresh re-runs the reducers and re-indexes every node and edge; sigma ignores
    // `skipIndexation` without a `partialGraph` (and hover changes sizes and z-index anyway), so
    // none is passed.
    if (canvasChanged(state, previous, tier)) renderer.refresh();
    if (state.focusedCycle && !sameCycle(state.focusedCycle, previous.focusedCycle)) {
      frame(state.focusedCycle);
    } else if (
      state.selection !== null &&
      !sameItem(state.selection, previous.selection) &&
      (!clickedOnCanvas || (options.insetBottom?.() ?? 0) > 0) &&
      ctx.focus !== null
    ) {
      // Selected from a panel or search, not by clicking on the canvas, or on a phone, where the
      // panel sheet it opens covers the bottom of the canvas: bring it into view.
      frame([...ctx.focus.nodes], 450, false, false, anchorOf(state.selection));
    } else if (state.egoEntity !== previous.egoEntity) {
      if (ctx.ego) frame([...ctx.ego]);
      else frame(null, 400);
    }
  });

  return {
    renderer,
    fit: () => frame(null, 300),
    dispose() {
      cancelAnimationFrame(pickingFrame);
      unsubscribe();
      longPress.dispose();
      pan?.dispose();
      renderer.kill();
    },
  };
}
