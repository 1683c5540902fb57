// What a view model is built from, before any panel or canvas: the engine's graph, the render tier,
// the display graph at its layout positions, the default view's drawing (loops, flows) and the
// deals' source tiers the legend and filters count (cached per dataset). As steps,
// so that a large upload is prepared a step per task and the page answers input in between
// (`prepareViewModel`), while the first view of the page is prepared at once (`prepareViewModelNow`).

import { buildFinancingGraph, type Dataset, type FinancingGraph } from "@engine";
import { CURATED_PUBLISHERS } from "../server/dataset/curated-publishers.js";
import { bundledPositions } from "../shared/layout/bundled-layout.js";
import { computeLayout } from "../shared/layout/compute-layout.js";
import { analyzeDrawing, type ViewDrawing } from "./analyze-view.js";
import { countDealsByTierOnce } from "./count-deals-by-tier-once.js";
import { buildDisplayGraph, type DisplayGraph } from "./graph-view/build-display-graph.js";
import { type RenderTier, renderTier } from "./graph-view/render-tier.js";
import { FILTER_DEFAULTS } from "./view-state.js";
import { yieldToInput } from "./yield-to-input.js";

export interface PreparedViewModel {
  dataset: Dataset;
  graph: FinancingGraph;
  tier: RenderTier;
  display: DisplayGraph;
  /** Laid out by the build (the bundled dataset) or by a layout worker, not here. */
  precomputed: boolean;
  /** The drawing under the default filters and no date (node sizes are relative to it). */
  defaultDrawing: ViewDrawing;
}

/** Deals sigma can draw (self-loops are listed, not drawn). */
function drawableDeals(graph: FinancingGraph): number {
  let count = 0;
  graph.forEachEdge((_key, _deal, source, target) => {
    if (source !== target) count++;
  });
  return count;
}

/** The steps; each `yield` is a point where the page may answer input before going on. */
function* prepareSteps(
  dataset: Dataset,
  bundledLayout: unknown,
): Generator<void, PreparedViewModel, void> {
  const graph = buildFinancingGraph(dataset);
  yield;
  const tier = renderTier(graph.order, drawableDeals(graph));
  const bundled = bundledPositions(graph, bundledLayout);
  const positions = bundled ?? computeLayout(graph);
  yield;
  const display = buildDisplayGraph(graph, positions, tier.edgeType);
  yield;
  const defaultDrawing = analyzeDrawing(dataset, graph, FILTER_DEFAULTS, null);
  yield;
  countDealsByTierOnce(dataset.deals, CURATED_PUBLISHERS);
  return { dataset, graph, tier, display, precomputed: bundled !== null, defaultDrawing };
}

/** Everything at once, in this task. */
export function prepareViewModelNow(dataset: Dataset, bundledLayout: unknown): PreparedViewModel {
  const steps = prepareSteps(dataset, bundledLayout);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * A step per task: input (a click, a key) is answered between the steps. Each step but the last
 * (which goes on into the caller's task) ends with a `roundtrip:prepare-step` mark: the browser
 * tests check that no task holds two.
 */
export async function prepareViewModel(
  dataset: Dataset,
  bundledLayout: unknown,
): Promise<PreparedViewModel> {
  const steps = prepareSteps(dataset, bundledLayout);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    performance.mark("roundtrip:prepare-step");
    await yieldToInput();
  }
}
