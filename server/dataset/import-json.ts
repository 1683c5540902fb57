// Read canonical JSON (SPEC §1): broken JSON is a MalformedDocumentError, a readable document
// that breaks the rules an InvalidDatasetError listing every problem (`deals[3].amountUsd`), one
// over the dataset limits a DatasetLimitError (too many records) or a located problem (too deep).

import { InvalidDatasetError } from "../analysis/errors.js";
import { checkJsonDepth } from "./check-json-depth.js";
import { checkRecordCounts } from "./check-record-counts.js";
import { DATASET_LIMITS, type DatasetLimits } from "./dataset-limits.js";
import { MalformedDocumentError } from "./import-error.js";
import type { ImportedDataset } from "./import-records.js";
import { type ValidateOptions, validateDataset } from "./validate-dataset.js";

export interface ImportJsonOptions extends ValidateOptions {
  limits?: Readonly<DatasetLimits>;
}

export function importJson(text: string, options: ImportJsonOptions = {}): ImportedDataset {
  const { limits = DATASET_LIMITS, ...validateOptions } = options;
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new MalformedDocumentError("importJson", [
      { path: "", message: `malformed JSON: ${message}` },
    ]);
  }
  if (typeof raw === "object" && raw !== null) {
    const { entities, deals } = raw as { entities?: unknown; deals?: unknown };
    checkRecordCounts(
      "importJson",
      Array.isArray(entities) ? entities.length : 0,
      Array.isArray(deals) ? deals.length : 0,
      limits,
    );
  }
  const deep = checkJsonDepth(raw, limits.maxDepth);
  if (deep !== null) throw new InvalidDatasetError([deep]);
  const result = validateDataset(raw, validateOptions);
  if (result.dataset === null) throw new InvalidDatasetError(result.errors, result.warnings);
  return { dataset: result.dataset, warnings: result.warnings };
}
