// Read a dataset file (or stdin text) as canonical JSON and validate it.

import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { InvalidDatasetError } from "../analysis/errors.js";
import type { Dataset, Problem } from "../analysis/types.js";
import { validateDataset } from "./validate-dataset.js";

/**
 * The curated dataset, found from the source tree (server/dataset) or from a bundle in
 * dist/server or dist/server/cli, whichever this module runs as.
 */
export const BUNDLED_DATASET_PATH: URL =
  ["../../data/deals.json", "../../../data/deals.json"]
    .map((relative) => new URL(relative, import.meta.url))
    .find((url) => existsSync(url)) ?? new URL("../../data/deals.json", import.meta.url);

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
