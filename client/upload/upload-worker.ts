// The viewer's upload worker: reads and validates one file the user opened (readUpload) off the
// main thread, so that a large file never freezes the page. A large dataset is laid out here too
// (as layout-worker.ts does) and written as the canonical JSON the server keeps, so that the page
// neither sends the dataset to another worker nor serializes it itself. One worker per file; the
// page terminates it to cancel.

import { buildFinancingGraph, type Dataset } from "@engine";
import { exportJson } from "../../server/dataset/export-json.js";
import { type BundledLayout, bundleLayout } from "../../shared/layout/bundled-layout.js";
import { computeLayout } from "../../shared/layout/compute-layout.js";
import { WORKER_LAYOUT_MIN_ENTITIES } from "../layout-in-worker.js";
import { readUpload, type UploadResult } from "./read-upload.js";

export interface UploadJob {
  bytes: Uint8Array;
  fileName: string;
  contentType: string;
}

export type UploadMessage =
  | { kind: "stage"; stage: "layout" }
  | {
      kind: "done";
      result: UploadResult;
      layout: BundledLayout | null;
      json: string | null;
      /** The same JSON in UTF-8, transferred: what the page hands its analysis workers. */
      jsonBytes: Uint8Array | null;
    };

/** The layout of a large dataset (null for a small one, laid out faster on the page). */
function layoutOf(dataset: Dataset): BundledLayout | null {
  if (dataset.entities.length <= WORKER_LAYOUT_MIN_ENTITIES) return null;
  try {
    const graph = buildFinancingGraph(dataset);
    return bundleLayout(graph, computeLayout(graph));
  } catch (error) {
    console.error(`upload worker: no layout (${error instanceof Error ? error.message : error})`);
    return null;
  }
}

const post = (message: UploadMessage, transfer: Transferable[] = []) =>
  self.postMessage(message, { transfer });

self.onmessage = (event: MessageEvent<UploadJob>) => {
  const { bytes, fileName, contentType } = event.data;
  const result = readUpload(bytes, fileName, contentType);
  if (!result.ok) {
    post({ kind: "done", result, layout: null, json: null, jsonBytes: null });
    return;
  }
  if (result.dataset.entities.length > WORKER_LAYOUT_MIN_ENTITIES) {
    post({ kind: "stage", stage: "layout" });
  }
  const layout = layoutOf(result.dataset);
  const json = exportJson(result.dataset);
  const jsonBytes = new TextEncoder().encode(json);
  post({ kind: "done", result, layout, json, jsonBytes }, [jsonBytes.buffer]);
};
