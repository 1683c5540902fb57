// Read a dataset file (or stdin text) as canonical JSON and validate it.

import { readFile } from "node:fs/promises";
import { InvalidDatasetError } from "../analysis/errors.js";
import type { Dataset, Problem } from "../analysis/types.js";
import { validateDataset } from "./validate-dataset.js";

export const BUNDLED_DATASET_PATH = new URL("../../data/deals.json", import.meta.url);

/** Parse canonical JSON text; a syntax error becomes a located problem. */
export function parseDatasetJson(text: string): { dataset: Dataset; warnings: Problem[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InvalidDatasetError([{ path: "", message: `malformed JSON: ${message}` }]);
  }
  const result = validateDataset(raw);
  if (result.dataset === null) throw new InvalidDatasetError(result.errors, result.warnings);
  return { dataset: result.dataset, warnings: result.warnings };
}

/** Load and validate a dataset from a path or URL. */
export async function loadDataset(
  path: string | URL = BUNDLED_DATASET_PATH,
): Promise<{ dataset: Dataset; warnings: Problem[] }> {
  return parseDatasetJson(await readFile(path, "utf8"));
}
