// The dataset as JSON, where the page already has its text (an opened file: the upload worker wrote
// it), for the analysis workers, as UTF-8 bytes: an ArrayBuffer is copied to a worker in a few
// milliseconds, where the structured clone of 20,000 entities and deals held the main thread
// 0.3–0.8 s per worker and the text itself 0.07–0.4 s (issue 16).

import type { Dataset } from "@engine";

interface Remembered {
  json: string;
  bytes: Uint8Array | null;
}

const remembered = new WeakMap<Dataset, Remembered>();

/** Remember `json` as the text of `dataset` (JSON.parse(json) must give the same data). */
export function rememberDatasetJson(dataset: Dataset, json: string): void {
  remembered.set(dataset, { json, bytes: null });
}

/** The UTF-8 bytes of the text remembered for this dataset object (encoded once), or null. */
export function datasetJsonBytesOf(dataset: Dataset): Uint8Array | null {
  const entry = remembered.get(dataset);
  if (entry === undefined) return null;
  entry.bytes ??= new TextEncoder().encode(entry.json);
  return entry.bytes;
}
