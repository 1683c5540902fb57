// Read a user's file into a validated dataset, or the located problems that stop it.

import { type Dataset, InvalidDatasetError, type Problem } from "@engine";
import { MalformedDocumentError } from "../../server/dataset/import-error.js";
import { readDataset } from "../../server/dataset/read-dataset.js";

export type UploadResult =
  | { ok: true; dataset: Dataset; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

export function readUpload(bytes: Uint8Array, fileName: string, contentType = ""): UploadResult {
  try {
    const { dataset, warnings } = readDataset(bytes, {
      fileName,
      ...(contentType ? { contentType } : {}),
    });
    return { ok: true, dataset, warnings };
  } catch (error) {
    if (error instanceof InvalidDatasetError || error instanceof MalformedDocumentError) {
      return { ok: false, problems: [...error.problems] };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: "", message }] };
  }
}
