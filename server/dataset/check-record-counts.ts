// The record counts of a document held to the dataset limits, before the records are built.

import type { DatasetLimits } from "./dataset-limits.js";
import { DatasetLimitError } from "./import-error.js";

/** Throws DatasetLimitError (413) naming the first limit exceeded. */
export function checkRecordCounts(
  functionName: string,
  entities: number,
  deals: number,
  limits: Pick<DatasetLimits, "maxEntities" | "maxDeals">,
): void {
  if (entities > limits.maxEntities) {
    throw new DatasetLimitError(functionName, "maxEntities", limits.maxEntities, "entities");
  }
  if (deals > limits.maxDeals) {
    throw new DatasetLimitError(functionName, "maxDeals", limits.maxDeals, "deals");
  }
}
