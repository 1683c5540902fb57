// Where a command's dataset comes from: a file (format by extension or content), stdin for `-`,
// or the bundled curated dataset when no FILE is given.

import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { ImportedDataset } from "../dataset/import-records.js";
import { BUNDLED_DATASET_PATH } from "../dataset/load-dataset.js";
import { readDataset } from "../dataset/read-dataset.js";
import type { CliIo } from "./cli-io.js";

/** Read and validate the input named on the command line; throws the dataset layer's typed errors. */
export async function readInput(file: string | undefined, io: CliIo): Promise<ImportedDataset> {
  if (file === "-") return readDataset(await io.readStdin());
  const path = file ?? fileURLToPath(BUNDLED_DATASET_PATH);
  return readDataset(new Uint8Array(await readFile(path)), { fileName: path });
}
