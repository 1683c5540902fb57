// The dataset as JSON in UTF-8, where the page has it (an opened file: the upload worker wrote and
// encoded it), for the analysis workers: bytes copy to a worker in milliseconds, where the
// structured clone of 20,000 entities and deals held the main thread 0.3–0.8 s per worker, the
// 8 MB text 0.07–0.4 s, and encoding it here 0.3 s (issue 16).

import type { Dataset } from "@engine";

const remembered = new WeakMap<Dataset, Uint8Array>();

/** Remember `bytes` as the dataset's JSON (JSON.parse of their text must give the same data). */
export function rememberDatasetJson(dataset: Dataset, bytes: Uint8Array): void {
  remembered.set(dataset, bytes);
}

/** The JSON bytes remembered for this dataset object, or null. */
export function datasetJsonBytesOf(dataset: Dataset): Uint8Array | null {
  return remembered.get(dataset) ?? null;
}
