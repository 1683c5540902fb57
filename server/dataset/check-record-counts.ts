// The record counts of a document held to the dataset limits, before the records are built.

import type { DatasetLimits } from "./dataset-limits.js";
import { DatasetTooLargeError } from "./import-error.js";

/** Throws DatasetTooLargeError (413) naming the first limit exceeded. */
export function checkRecordCounts(
  functionName: string,
  entities: number,
  deals: number,
  limits: Pick<DatasetLimits, "maxEntities" | "maxDeals">,
): void {
  if (entities > limits.maxEntities) {
    throw new DatasetTooLargeError(functionName, "maxEntities", limits.maxEntities, "entities");
  }
  if (deals > limits.maxDeals) {
    throw new DatasetTooLargeError(functionName, "maxDeals", limits.maxDeals, "deals");
  }
}
