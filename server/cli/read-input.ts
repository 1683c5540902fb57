// Where a command's dataset comes from: a file (format by extension or content), stdin for `-`,
// or the bundled curated dataset when no FILE is given.

import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CURATED_PUBLISHERS } from "../dataset/curated-publishers.js";
import { LOCAL_FILE_LIMITS } from "../dataset/dataset-limits.js";
import { detectDatasetFormat, type ReadDatasetHint } from "../dataset/detect-dataset-format.js";
import { importJson } from "../dataset/import-json.js";
import type { ImportedDataset } from "../dataset/import-records.js";
import { BUNDLED_DATASET_PATH } from "../dataset/load-dataset.js";
import type { PublisherTable } from "../dataset/publisher-table.js";
import type { CliIo } from "./cli-io.js";

export interface ReadInputOptions {
  /** Hold the sources to this publishers table; the bundled dataset always is (to the curated
   * table) unless another is given. */
  publishers?: PublisherTable;
}

/** The table a command holds its input's sources to: the one given, else the curated table for the
 * bundled dataset (named or implied), else none. */
export function resolvePublishers(
  file: string | undefined,
  given?: PublisherTable,
): PublisherTable | undefined {
  if (given) return given;
  const bundled = fileURLToPath(BUNDLED_DATASET_PATH);
  const isBundled = file === undefined || (file !== "-" && resolve(file) === resolve(bundled));
  return isBundled ? CURATED_PUBLISHERS : undefined;
}

/** Read and validate the input named on the command line; throws the dataset layer's typed errors. */
export async function readInput(
  file: string | undefined,
  io: CliIo,
  options: ReadInputOptions = {},
): Promise<ImportedDataset> {
  let bytes: Uint8Array;
  let hint: ReadDatasetHint = {};
  const bundled = fileURLToPath(BUNDLED_DATASET_PATH);
  if (file === "-") bytes = await io.readStdin();
  else {
    const path = file ?? bundled;
    bytes = new Uint8Array(await readFile(path));
    hint = { fileName: path };
  }
  const publishers = resolvePublishers(file, options.publishers);
  // Canonical JSON is the common case: the CSV, XML and zip readers load only when needed.
  if (detectDatasetFormat(bytes, hint) === "json") {
    return importJson(new TextDecoder("utf-8").decode(bytes), {
      ...(publishers ? { publishers } : {}),
      limits: LOCAL_FILE_LIMITS,
    });
  }
  const { readDataset } = await import("../dataset/read-dataset.js");
  return readDataset(bytes, hint);
}
