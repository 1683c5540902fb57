// How much one dataset may hold, checked where a document is read (after decompression, on the
// parsed size): a document over a limit is refused at once (DatasetLimitError, 413) before
// the work it would cost; one nested too deep is a located problem (InvalidDatasetError, 422).

export interface DatasetLimits {
  /** Entities in one dataset. */
  maxEntities: number;
  /** Deals in one dataset. */
  maxDeals: number;
  /** Rows of one CSV table (blank rows included), header excepted. */
  maxRows: number;
  /** Bytes a zip may unpack to. */
  maxUnzippedBytes: number;
  /** Nesting of arrays and objects in a JSON document (the dataset itself uses 5). */
  maxDepth: number;
  /** Problems listed per kind before the rest are counted (collapse-problems). */
  examplesPerKind: number;
  /** Problems listed in all before the rest are counted. */
  maxProblems: number;
}

export const DATASET_LIMITS: Readonly<DatasetLimits> = Object.freeze({
  maxEntities: 50_000,
  maxDeals: 100_000,
  maxRows: 100_000,
  maxUnzippedBytes: 20 * 1024 * 1024,
  maxDepth: 64,
  examplesPerKind: 5,
  maxProblems: 500,
});

/**
 * A file the user reads on their own machine (the CLI, the server's own dataset): no cap on the
 * number of records (the 90 MB, 100,000-entity benchmark files are read), still no over-deep JSON.
 */
export const LOCAL_FILE_LIMITS: Readonly<DatasetLimits> = Object.freeze({
  ...DATASET_LIMITS,
  maxEntities: Number.POSITIVE_INFINITY,
  maxDeals: Number.POSITIVE_INFINITY,
});
