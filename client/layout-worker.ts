// Lays a large dataset out off the main thread (ForceAtlas2, noverlap, the label pass take
// seconds at thousands of entities) and answers in the bundled-layout format, keyed to the graph,
// which createViewModel takes as it takes the build's bundled layout.

import { buildFinancingGraph, type Dataset } from "@engine";
import { type BundledLayout, bundleLayout } from "../shared/layout/bundled-layout.js";
import { computeLayout } from "../shared/layout/compute-layout.js";

export type LayoutResponse =
  | { layout: BundledLayout; error: null }
  | { layout: null; error: string };

self.onmessage = (event: MessageEvent<Dataset>) => {
  let response: LayoutResponse;
  try {
    const graph = buildFinancingGraph(event.data);
    response = { layout: bundleLayout(graph, computeLayout(graph)), error: null };
  } catch (error) {
    response = { layout: null, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
