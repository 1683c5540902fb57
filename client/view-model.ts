// The viewer's model: the dataset, its graphs, layout and render tier, the store, and the analysis
// of the current filters, recomputed only when filters or the date change. On large networks the
// exposure half of the analysis and the other view's figures run in a worker: the canvas and
// loops come first, exposure and summary follow (listeners are told again, with the same state,
// when they arrive); on the others both views come with the analysis. The history is the worker's.

import type { Dataset, FinancingGraph, History, View } from "@engine";
import { afterNextFrame } from "./after-next-frame.js";
import {
  analyzeDrawing,
  analyzeExposure,
  timelineDates,
  type ViewAnalysis,
  type ViewDrawing,
  viewFiguresOf,
} from "./analyze-view.js";
import { replacementsOf } from "./deal-terms.js";
import type { DisplayGraph } from "./graph-view/build-display-graph.js";
import type { RenderTier } from "./graph-view/render-tier.js";
import { type PreparedViewModel, prepareViewModelNow } from "./prepare-view-model.js";
import { scheduleIdle } from "./schedule-idle.js";
import type { Store } from "./store.js";
import { FILTER_DEFAULTS, type Filters, type ViewState } from "./view-state.js";
import { createWorkerChannel } from "./worker-channel.js";

/** Whether two filters count the same deals but for the view (the history holds both views). */
export function sameCounting(a: Filters, b: Filters): boolean {
  return (
    a.types === b.types &&
    a.statuses === b.statuses &&
    a.basis === b.basis &&
    a.minAmountUsd === b.minAmountUsd &&
    a.backstopsCalled === b.backstopsCalled &&
    a.includeSuperseded === b.includeSuperseded &&
    a.sourceTiers === b.sourceTiers
  );
}

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
  /** Both views' summary figures per quarter end (null until the worker answers). */
  getHistory(): History | null;
  /** The same with an entity's round-trip series, for the open entity (null until it arrives). */
  getEntityHistory(id: string): History | null;
  dispatch(action: import("./view-state.js").Action): void;
  subscribe(listener: ModelListener): () => void;
  dispose(): void;
}

/**
 * `bundledLayout`: positions in the bundled-layout format (the build's bundled-layout.json, or
 * the layout worker's answer), used when they were made for this dataset. `prepared`: the same
 * dataset prepared beforehand (prepareViewModel, a step per task), else prepared here at once.
 */
export function createViewModel(
  dataset: Dataset,
  store: Store,
  bundledLayout: unknown = null,
  prepared: PreparedViewModel | null = null,
): ViewModel {
  const { graph, tier, display, precomputed, defaultDrawing } =
    prepared?.dataset === dataset ? prepared : prepareViewModelNow(dataset, bundledLayout);
  // precomputed: laid out by the build (the bundled dataset) or by the layout worker.
  performance.mark("roundtrip:layout", { detail: { precomputed } });
  const background = tier.name === "large";
  const listeners = new Set<ModelListener>();
  const createWorker = () =>
    new Worker(new URL("./analysis-worker.ts", import.meta.url), { type: "module" });
  const tell = () => {
    const state = store.getState();
    for (const listener of [...listeners]) listener(state, analysis, state);
  };
  // Exposure of the current view (large networks only), the other view's figures, the history.
  const exposureChannel = createWorkerChannel("exposure", createWorker, ({ result }) => {
    analysis = { ...analysis, ...result };
    performance.mark("roundtrip:exposure");
    // On large networks the other view waits for this one: two workers would share the cores.
    requestOtherView(store.getState());
    tell();
  });
  const figuresChannel = createWorkerChannel("figures", createWorker, ({ result }) => {
    analysis = { ...analysis, otherView: result };
    performance.mark("roundtrip:other-view");
    tell();
  });
  let history: History | null = null;
  let entityHistory: History | null = null;
  // On small networks a history takes tens of milliseconds in a warm worker and several times
  // that in a fresh one: a newer request waits for the worker rather than replacing it.
  const historyOptions = { whenBusy: background ? "replace" : "queue" } as const;
  const historyChannel = createWorkerChannel(
    "history",
    createWorker,
    ({ result }) => {
      history = result;
      performance.mark("roundtrip:history");
      tell();
    },
    historyOptions,
  );
  const entityHistoryChannel = createWorkerChannel(
    "history",
    createWorker,
    ({ result }) => {
      entityHistory = result;
      performance.mark("roundtrip:entity-history");
      tell();
    },
    historyOptions,
  );

  const pending = (drawing: ViewDrawing): ViewAnalysis => ({
    ...drawing,
    exposure: null,
    exposureById: new Map(),
    summary: null,
    otherView: null,
  });
  function analyze(
    state: Pick<ViewState, "filters" | "asOf">,
    drawing: ViewDrawing = analyzeDrawing(dataset, graph, state.filters, state.asOf),
  ): ViewAnalysis {
    if (!background) {
      // The other view from the W the drawing already holds: under a millisecond here, where a
      // round trip to the worker drew the panels twice (and the summary strip resized the canvas).
      const other: View = state.filters.view === "committed" ? "announced" : "committed";
      return {
        ...pending(drawing),
        ...analyzeExposure(drawing.flow, drawing.cycles, { maxRoundTrip: true }),
        otherView: viewFiguresOf(other, drawing.viewFlows[other]),
      };
    }
    const request = { dataset, filters: state.filters, asOf: state.asOf, cycles: drawing.cycles };
    later.exposure();
    // The first request copies the dataset to the worker (a structured clone: 0.3 s of the main
    // thread at 20,000 entities): it leaves once the first frame is out.
    if (firstFrameOut) exposureChannel.send(request);
    else {
      later.exposure = afterNextFrame(() => {
        firstFrameOut = true;
        exposureChannel.send(request);
      });
    }
    return pending(drawing);
  }
  // Requests leave once the frame is out: on two busy cores a worker started at once would
  // compete with the redraw the user waits for.
  const later = { exposure: () => {}, figures: () => {}, history: () => {}, entity: () => {} };
  let firstFrameOut = false;
  function requestOtherView(state: Pick<ViewState, "filters" | "asOf">): void {
    const other: View = state.filters.view === "committed" ? "announced" : "committed";
    later.figures();
    later.figures = scheduleIdle(() =>
      figuresChannel.send({
        dataset,
        filters: { ...state.filters, view: other },
        asOf: state.asOf,
      }),
    );
  }
  /**
   * The history of both views under the filters but the view; one entity's when one is open. On
   * large networks (a cycle count and round-trip shares per quarter and view: minutes of work)
   * only once the Trend tab is opened, when the main thread is idle; on the others as soon as the
   * redrawn frame is out (an idle callback could wait up to its timeout behind any timer).
   */
  const afterRedraw = (callback: () => void) =>
    background ? scheduleIdle(callback) : afterNextFrame(callback);
  let historyFilters: Filters | null = null;
  function requestHistory(state: ViewState, previous: ViewState | null): void {
    const countingChanged = previous === null || !sameCounting(state.filters, previous.filters);
    const wanted = !background || state.tab === "trend";
    if (wanted && (historyFilters === null || !sameCounting(state.filters, historyFilters))) {
      history = null;
      historyFilters = state.filters;
      later.history();
      later.history = afterRedraw(() =>
        historyChannel.send({ dataset, filters: state.filters, entity: null }),
      );
    }
    const entity = state.selection?.kind === "entity" ? state.selection.id : null;
    const before = previous?.selection?.kind === "entity" ? previous.selection.id : null;
    if (
      !background &&
      entity !== null &&
      graph.hasNode(entity) &&
      (countingChanged || entity !== before)
    ) {
      entityHistory = null;
      later.entity();
      later.entity = afterRedraw(() =>
        entityHistoryChannel.send({ dataset, filters: state.filters, entity }),
      );
    }
  }

  const initial = store.getState();
  const defaults = { filters: FILTER_DEFAULTS, asOf: null };
  const isDefault = initial.asOf === null && initial.filters === FILTER_DEFAULTS;
  // Node sizes are relative to the default view's largest flow: the drawing part gives it.
  const full = isDefault ? analyze(defaults, defaultDrawing) : pending(defaultDrawing);
  let referenceFlowUsd = 0;
  for (const usd of full.totalFlowUsd.values()) referenceFlowUsd = Math.max(referenceFlowUsd, usd);
  let analysis: ViewAnalysis = isDefault ? full : analyze(initial);
  performance.mark("roundtrip:analysis");
  requestHistory(initial, null);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.filters !== previous.filters || state.asOf !== previous.asOf) {
      analysis = analyze(state);
    }
    requestHistory(state, previous);
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
    getHistory: () => history,
    getEntityHistory(id) {
      return entityHistory !== null && entityHistory.entity === id ? entityHistory : null;
    },
    dispatch: store.dispatch,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      listeners.clear();
      unsubscribe();
      for (const cancel of Object.values(later)) cancel();
      for (const channel of [
        exposureChannel,
        figuresChannel,
        historyChannel,
        entityHistoryChannel,
      ]) {
        channel.dispose();
      }
    },
  };
}
