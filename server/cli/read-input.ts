// Where a command's dataset comes from: a file (format by extension or content), stdin for `-`,
// or the bundled curated dataset when no FILE is given.

import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { detectDatasetFormat, type ReadDatasetHint } from "../dataset/detect-dataset-format.js";
import { importJson } from "../dataset/import-json.js";
import type { ImportedDataset } from "../dataset/import-records.js";
import { BUNDLED_DATASET_PATH } from "../dataset/load-dataset.js";
import type { CliIo } from "./cli-io.js";

/** Read and validate the input named on the command line; throws the dataset layer's typed errors. */
export async function readInput(file: string | undefined, io: CliIo): Promise<ImportedDataset> {
  let bytes: Uint8Array;
  let hint: ReadDatasetHint = {};
  if (file === "-") bytes = await io.readStdin();
  else {
    const path = file ?? fileURLToPath(BUNDLED_DATASET_PATH);
    bytes = new Uint8Array(await readFile(path));
    hint = { fileName: path };
  }
  // Canonical JSON is the common case: the CSV, XML and zip readers load only when needed.
  if (detectDatasetFormat(bytes, hint) === "json") {
    return importJson(new TextDecoder("utf-8").decode(bytes));
  }
  const { readDataset } = await import("../dataset/read-dataset.js");
  return readDataset(bytes, hint);
}
