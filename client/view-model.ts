// The viewer's model: the dataset, its graphs, layout and render tier, the store, and the analysis
// of the current filters, recomputed only when filters or the date change. On large networks the
// exposure half of the analysis runs in a worker: the canvas and loops come first, exposure and
// summary follow (listeners are told again, with the same state, when they arrive).

import { buildFinancingGraph, type Dataset, type FinancingGraph } from "@engine";
import type { ExposureRequest, ExposureResponse } from "./analysis-worker.js";
import {
  analyzeDrawing,
  analyzeExposure,
  timelineDates,
  type ViewAnalysis,
  type ViewDrawing,
} from "./analyze-view.js";
import { replacementsOf } from "./deal-terms.js";
import { buildDisplayGraph, type DisplayGraph } from "./graph-view/build-display-graph.js";
import { bundledPositions } from "./graph-view/bundled-layout.js";
import { computeLayout } from "./graph-view/compute-layout.js";
import { type RenderTier, renderTier } from "./graph-view/render-tier.js";
import type { Store } from "./store.js";
import { FILTER_DEFAULTS, type ViewState } from "./view-state.js";

export type ModelListener = (state: ViewState, analysis: ViewAnalysis, previous: ViewState) => void;

export interface ViewModel {
  readonly dataset: Dataset;
  readonly graph: FinancingGraph;
  readonly display: DisplayGraph;
  /** How the canvas draws this network (by its size). */
  readonly tier: RenderTier;
  /** Deal days ascending: the timeline's stops. */
  readonly dates: readonly string[];
  /** For every superseded deal, the deals that replace it (SPEC §2's `supersedes`). */
  readonly replacements: ReadonlyMap<string, readonly string[]>;
  /** The largest entity flow under the default filters: node sizes are relative to it. */
  readonly referenceFlowUsd: number;
  getState(): ViewState;
  getAnalysis(): ViewAnalysis;
  dispatch(action: import("./view-state.js").Action): void;
  subscribe(listener: ModelListener): () => void;
  dispose(): void;
}

/** Deals sigma can draw (self-loops are listed, not drawn). */
function drawableDeals(graph: FinancingGraph): number {
  let count = 0;
  graph.forEachEdge((_key, _deal, source, target) => {
    if (source !== target) count++;
  });
  return count;
}

/**
 * `bundledLayout`: positions in the bundled-layout format (the build's bundled-layout.json, or
 * the layout worker's answer), used when they were made for this dataset.
 */
export function createViewModel(
  dataset: Dataset,
  store: Store,
  bundledLayout: unknown = null,
): ViewModel {
  const graph = buildFinancingGraph(dataset);
  const tier = renderTier(graph.order, drawableDeals(graph));
  const bundled = bundledPositions(graph, bundledLayout);
  const display = buildDisplayGraph(graph, bundled ?? computeLayout(graph), tier.edgeType);
  // precomputed: laid out by the build (the bundled dataset) or by the layout worker.
  performance.mark("roundtrip:layout", { detail: { precomputed: bundled !== null } });
  const background = tier.name === "large";
  let worker: Worker | null = null;
  let busy = false;
  let requestId = 0;
  const listeners = new Set<ModelListener>();

  const pending = (drawing: ViewDrawing): ViewAnalysis => ({
    ...drawing,
    exposure: null,
    exposureById: new Map(),
    summary: null,
  });
  function analyze(state: Pick<ViewState, "filters" | "asOf">): ViewAnalysis {
    const drawing = analyzeDrawing(dataset, graph, state.filters, state.asOf);
    if (!background) {
      return {
        ...drawing,
        ...analyzeExposure(drawing.flow, drawing.cycles, { maxRoundTrip: true }),
      };
    }
    request(drawing, state);
    return pending(drawing);
  }
  /** Ask the worker for exposure; an unanswered older request is abandoned with its worker. */
  function request(drawing: ViewDrawing, state: Pick<ViewState, "filters" | "asOf">): void {
    if (worker !== null && busy) {
      worker.terminate();
      worker = null;
    }
    if (worker === null) {
      worker = new Worker(new URL("./analysis-worker.ts", import.meta.url), { type: "module" });
      worker.onmessage = (event: MessageEvent<ExposureResponse>) => receive(event.data);
    }
    busy = true;
    const message: ExposureRequest = {
      id: ++requestId,
      dataset,
      filters: state.filters,
      asOf: state.asOf,
      cycles: drawing.cycles,
    };
    worker.postMessage(message);
  }
  function receive(response: ExposureResponse): void {
    if (response.id !== requestId) return;
    busy = false;
    if (response.result === null) {
      console.error(`createViewModel: exposure analysis failed: ${response.error}`);
      return;
    }
    analysis = { ...analysis, ...response.result };
    performance.mark("roundtrip:exposure");
    const state = store.getState();
    for (const listener of [...listeners]) listener(state, analysis, state);
  }

  const initial = store.getState();
  const defaults = { filters: FILTER_DEFAULTS, asOf: null };
  const isDefault = initial.asOf === null && initial.filters === FILTER_DEFAULTS;
  // Node sizes are relative to the default view's largest flow: the drawing part gives it.
  const full = isDefault
    ? analyze(defaults)
    : pending(analyzeDrawing(dataset, graph, FILTER_DEFAULTS, null));
  let referenceFlowUsd = 0;
  for (const usd of full.totalFlowUsd.values()) referenceFlowUsd = Math.max(referenceFlowUsd, usd);
  let analysis: ViewAnalysis = isDefault ? full : analyze(initial);
  performance.mark("roundtrip:analysis");
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.filters !== previous.filters || state.asOf !== previous.asOf) {
      analysis = analyze(state);
    }
    for (const listener of [...listeners]) listener(state, analysis, previous);
  });
  return {
    dataset,
    graph,
    display,
    tier,
    dates: timelineDates(dataset),
    replacements: replacementsOf(dataset.deals),
    referenceFlowUsd,
    getState: store.getState,
    getAnalysis: () => analysis,
    dispatch: store.dispatch,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      listeners.clear();
      unsubscribe();
      worker?.terminate();
      worker = null;
    },
  };
}
