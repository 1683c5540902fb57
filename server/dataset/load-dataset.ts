// Read a canonical JSON dataset from a path or URL (the curated one by default) and validate it.

import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { Dataset, Problem } from "../analysis/types.js";
import { CURATED_PUBLISHERS } from "./curated-publishers.js";
import { LOCAL_FILE_LIMITS } from "./dataset-limits.js";
import { importJson } from "./import-json.js";

/**
 * The curated dataset, found from the source tree (server/dataset) or from a bundle in
 * dist/server or dist/server/cli, whichever this module runs as.
 */
export const BUNDLED_DATASET_PATH: URL =
  ["../../data/deals.json", "../../../data/deals.json"]
    .map((relative) => new URL(relative, import.meta.url))
    .find((url) => existsSync(url)) ?? new URL("../../data/deals.json", import.meta.url);

/**
 * Load and validate; the curated dataset is also checked against the curated publishers table
 * (source tiers, unknown hosts: warnings). Throws MalformedDocumentError for text that is not JSON and
 * InvalidDatasetError listing every problem of a document that breaks the rules.
 */
export async function loadDataset(
  path: string | URL = BUNDLED_DATASET_PATH,
): Promise<{ dataset: Dataset; warnings: Problem[] }> {
  const curated = String(path) === String(BUNDLED_DATASET_PATH);
  return importJson(await readFile(path, "utf8"), {
    ...(curated ? { publishers: CURATED_PUBLISHERS } : {}),
    limits: LOCAL_FILE_LIMITS,
  });
}
