// The dataset as JSON text, where the page already has it (an opened file: the upload worker wrote
// it), for the analysis workers: a string is copied to a worker in milliseconds, where the
// structured clone of 20,000 entities and deals held the main thread ~0.3 s per worker (issue 16).

import type { Dataset } from "@engine";

const texts = new WeakMap<Dataset, string>();

/** Remember `json` as the text of `dataset` (JSON.parse(json) must give the same data). */
export function rememberDatasetJson(dataset: Dataset, json: string): void {
  texts.set(dataset, json);
}

/** The text remembered for this dataset object, or null. */
export function datasetJsonOf(dataset: Dataset): string | null {
  return texts.get(dataset) ?? null;
}
