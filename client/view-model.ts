// The viewer's model: the dataset, its graphs and layout, the store, and the analysis of the
// current filters, recomputed only when filters or the date change.

import { buildFinancingGraph, type Dataset, type FinancingGraph } from "@engine";
import { analyzeView, timelineDates, type ViewAnalysis } from "./analyze-view.js";
import { buildDisplayGraph, type DisplayGraph } from "./graph-view/build-display-graph.js";
import { computeLayout } from "./graph-view/compute-layout.js";
import type { Store } from "./store.js";
import { type Action, FILTER_DEFAULTS, type ViewState } from "./view-state.js";

export type ModelListener = (state: ViewState, analysis: ViewAnalysis, previous: ViewState) => void;

export interface ViewModel {
  readonly dataset: Dataset;
  readonly graph: FinancingGraph;
  readonly display: DisplayGraph;
  /** Deal days ascending: the timeline's stops. */
  readonly dates: readonly string[];
  /** The largest entity flow under the default filters: node sizes are relative to it. */
  readonly referenceFlowUsd: number;
  getState(): ViewState;
  getAnalysis(): ViewAnalysis;
  dispatch(action: Action): void;
  subscribe(listener: ModelListener): () => void;
  dispose(): void;
}

export function createViewModel(dataset: Dataset, store: Store): ViewModel {
  const graph = buildFinancingGraph(dataset);
  const display = buildDisplayGraph(graph, computeLayout(graph));
  performance.mark("roundtrip:layout");
  const initial = store.getState();
  const full = analyzeView(dataset, graph, FILTER_DEFAULTS, null);
  performance.mark("roundtrip:analysis");
  const referenceFlowUsd = Math.max(0, ...full.totalFlowUsd.values());
  let analysis =
    initial.asOf === null && initial.filters === FILTER_DEFAULTS
      ? full
      : analyzeView(dataset, graph, initial.filters, initial.asOf);
  const listeners = new Set<ModelListener>();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.filters !== previous.filters || state.asOf !== previous.asOf) {
      analysis = analyzeView(dataset, graph, state.filters, state.asOf);
    }
    for (const listener of [...listeners]) listener(state, analysis, previous);
  });
  return {
    dataset,
    graph,
    display,
    dates: timelineDates(dataset),
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
    },
  };
}
