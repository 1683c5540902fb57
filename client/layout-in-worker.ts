// The layout of a large dataset from a Web Worker (layout-worker.ts), so the page stays
// responsive while it is computed. Resolves null for small datasets (laid out faster than a
// worker starts) and when the worker fails; the view model then lays the dataset out itself.

import type { Dataset } from "@engine";
import type { BundledLayout } from "../shared/layout/bundled-layout.js";
import { LAYOUT_DEFAULTS } from "../shared/layout/compute-layout.js";
import type { LayoutResponse } from "./layout-worker.js";

/** Entities above which the layout runs in a worker: where its label pass stops (~0.1 s). */
export const WORKER_LAYOUT_MIN_ENTITIES = LAYOUT_DEFAULTS.largeGraph;

export function layoutInWorker(dataset: Dataset): Promise<BundledLayout | null> {
  if (dataset.entities.length <= WORKER_LAYOUT_MIN_ENTITIES || typeof Worker !== "function") {
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./layout-worker.ts", import.meta.url), { type: "module" });
    } catch {
      resolve(null);
      return;
    }
    const finish = (layout: BundledLayout | null) => {
      worker.terminate();
      resolve(layout);
    };
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      if (event.data.error !== null) console.error(`layoutInWorker: ${event.data.error}`);
      finish(event.data.layout);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      console.error(`layoutInWorker: the worker failed (${event.message}); laying out here`);
      finish(null);
    };
    worker.postMessage(dataset);
  });
}
