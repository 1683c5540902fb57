// Where a command's dataset comes from: a file (format by extension or content), stdin for `-`,
// or the bundled curated dataset when no FILE is given.

import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { ImportedDataset } from "../dataset/import-records.js";
import { BUNDLED_DATASET_PATH } from "../dataset/load-dataset.js";
import { readDataset } from "../dataset/read-dataset.js";
import type { CliIo } from "./cli-io.js";

/** The bundled dataset, from the source tree (server/cli) or from the build (dist/server/cli). */
export function bundledDatasetPath(): string {
  const candidates = [BUNDLED_DATASET_PATH, new URL("../../../data/deals.json", import.meta.url)];
  const found = candidates.find((url) => existsSync(url)) ?? BUNDLED_DATASET_PATH;
  return fileURLToPath(found);
}

/** Read and validate the input named on the command line; throws the dataset layer's typed errors. */
export async function readInput(file: string | undefined, io: CliIo): Promise<ImportedDataset> {
  if (file === "-") return readDataset(await io.readStdin());
  const path = file ?? bundledDatasetPath();
  return readDataset(new Uint8Array(await readFile(path)), { fileName: path });
}
