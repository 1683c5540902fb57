// A document that cannot be read at all (broken JSON, XML that is not well-formed, unbalanced CSV
// quotes, an unknown format): distinct from a readable document that fails validation.

import { RoundtripError } from "../analysis/errors.js";
import type { Problem } from "../analysis/types.js";

export class MalformedDocumentError extends RoundtripError {
  override name = "MalformedDocumentError";
  constructor(
    readonly functionName: string,
    readonly problems: readonly Problem[],
  ) {
    const head = problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join("; ");
    super(`${functionName}: expected a well-formed document, received ${head}`);
  }
}

/** The input's format is not one we read (HTTP 415). */
export class UnsupportedFormatError extends RoundtripError {
  override name = "UnsupportedFormatError";
}

/**
 * A document over one of the dataset limits (dataset-limits: rows, entities, deals, unpacked
 * bytes): HTTP 413 naming the limit.
 */
export class DatasetLimitError extends RoundtripError {
  override name = "DatasetLimitError";
  constructor(
    readonly functionName: string,
    /** The DATASET_LIMITS key that was exceeded (`maxDeals`). */
    readonly limit: string,
    readonly max: number,
    what: string,
  ) {
    super(`${functionName}: expected at most ${max.toLocaleString("en-US")} ${what} (${limit})`);
  }
}
