// Read canonical JSON (SPEC §1): broken JSON is a MalformedDocumentError, a readable document
// that breaks the rules an InvalidDatasetError listing every problem (`deals[3].amountUsd`).

import { MalformedDocumentError } from "./import-error.js";
import type { ImportedDataset } from "./import-records.js";
import { assertValidDataset, type ValidateOptions } from "./validate-dataset.js";

export function importJson(text: string, options: ValidateOptions = {}): ImportedDataset {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new MalformedDocumentError("importJson", [
      { path: "", message: `malformed JSON: ${message}` },
    ]);
  }
  return assertValidDataset(raw, options);
}
