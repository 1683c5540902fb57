// Every typed error class and what it becomes at each edge: the HTTP status and code (error-handler),
// the CLI's exit code (run-cli), and its revival after crossing the worker boundary (run-analysis).
// A new error class is one row; the first row whose class the error is an instance of applies.

import {
  InvalidDatasetError,
  InvalidOptionError,
  RoundtripError,
  TimeBudgetError,
  UnknownEntityError,
} from "./analysis/errors.js";
import {
  AnalysisCancelledError,
  AnalysisCrashedError,
  AnalysisTimeoutError,
  DatasetNotFoundError,
  DatasetTooLargeError,
  EmptyBodyError,
  InvalidDatasetIdError,
  QueryParameterError,
  RateLimitedError,
  RouteNotFoundError,
  ServerBusyError,
  StoreReadOnlyError,
} from "./api/http-errors.js";
import {
  DatasetLimitError,
  MalformedDocumentError,
  UnsupportedFormatError,
} from "./dataset/import-error.js";

/** The CLI's exit codes: bad input (located messages on stderr) and bad usage (with help). */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

export interface ErrorRow {
  class: abstract new (...args: never[]) => Error;
  status: number;
  code: string;
  exitCode: number;
  /** The client-facing message when not the error's own (which may list internals). */
  message?: (error: Error) => string;
  /** `error.details` of the HTTP answer (null when absent). */
  details?: (error: Error) => unknown;
}

const problemsOf = (error: Error) => (error as { problems?: unknown }).problems ?? null;

/** Subclasses before their base class: the first match wins. */
export const ERROR_TABLE: readonly ErrorRow[] = Object.freeze([
  {
    class: QueryParameterError,
    status: 400,
    code: "invalid_parameter",
    exitCode: EXIT_USAGE,
    details: problemsOf,
  },
  { class: InvalidOptionError, status: 400, code: "invalid_option", exitCode: EXIT_USAGE },
  {
    class: MalformedDocumentError,
    status: 400,
    code: "malformed_body",
    exitCode: EXIT_BAD_INPUT,
    details: problemsOf,
  },
  { class: EmptyBodyError, status: 400, code: "empty_body", exitCode: EXIT_BAD_INPUT },
  {
    class: UnsupportedFormatError,
    status: 415,
    code: "unsupported_media_type",
    exitCode: EXIT_BAD_INPUT,
  },
  {
    class: InvalidDatasetError,
    status: 422,
    code: "invalid_dataset",
    exitCode: EXIT_BAD_INPUT,
    message: (error) =>
      `invalid dataset: ${(error as InvalidDatasetError).problems.length} problem(s)`,
    details: problemsOf,
  },
  {
    class: UnknownEntityError,
    status: 404,
    code: "unknown_entity",
    exitCode: EXIT_USAGE,
    details: (error) => ({ id: (error as UnknownEntityError).entityId }),
  },
  { class: InvalidDatasetIdError, status: 400, code: "invalid_dataset_id", exitCode: EXIT_USAGE },
  { class: DatasetNotFoundError, status: 404, code: "dataset_not_found", exitCode: EXIT_BAD_INPUT },
  {
    class: DatasetLimitError,
    status: 413,
    code: "dataset_too_large",
    exitCode: EXIT_BAD_INPUT,
    details: (error) => {
      const { limit, max } = error as DatasetLimitError;
      return { limit, max };
    },
  },
  { class: DatasetTooLargeError, status: 413, code: "payload_too_large", exitCode: EXIT_BAD_INPUT },
  {
    class: TimeBudgetError,
    status: 413,
    code: "over_time_budget",
    exitCode: EXIT_BAD_INPUT,
    details: (error) => {
      const { option, budgetMs, work } = error as TimeBudgetError;
      return { limit: option, max: budgetMs, done: work.done, total: work.total };
    },
  },
  { class: StoreReadOnlyError, status: 403, code: "store_read_only", exitCode: EXIT_BAD_INPUT },
  { class: RouteNotFoundError, status: 404, code: "not_found", exitCode: EXIT_USAGE },
  { class: RateLimitedError, status: 429, code: "rate_limited", exitCode: EXIT_BAD_INPUT },
  { class: AnalysisTimeoutError, status: 503, code: "analysis_timeout", exitCode: EXIT_BAD_INPUT },
  { class: AnalysisCrashedError, status: 500, code: "analysis_crashed", exitCode: EXIT_BAD_INPUT },
  // Nobody reads this answer (the client is gone); the status is for the request log.
  { class: AnalysisCancelledError, status: 499, code: "cancelled", exitCode: EXIT_BAD_INPUT },
  { class: ServerBusyError, status: 503, code: "server_busy", exitCode: EXIT_BAD_INPUT },
  // Any other typed error: the CLI prints its message, a client learns nothing of it.
  {
    class: RoundtripError,
    status: 500,
    code: "internal_error",
    exitCode: EXIT_BAD_INPUT,
    message: () => "internal server error",
  },
] satisfies ErrorRow[]);

/** The row of an error, or null for an untyped one (a bug, or a library's error). */
export function errorRowFor(error: unknown): ErrorRow | null {
  if (!(error instanceof Error)) return null;
  return ERROR_TABLE.find((row) => error instanceof row.class) ?? null;
}

/** The fields of a typed error that cross a worker boundary (structured clone drops the class). */
export interface SerializedError {
  /** The row's code; null for an untyped error. */
  code: string | null;
  name: string;
  message: string;
  fields: Record<string, unknown>;
}

/** An error as plain data, for postMessage: its row, name, message and own data fields. */
export function serializeError(error: unknown): SerializedError {
  const { name, message } = error instanceof Error ? error : new Error(String(error));
  const code = errorRowFor(error)?.code ?? null;
  const fields: Record<string, unknown> = {};
  if (typeof error === "object" && error !== null) {
    for (const [key, value] of Object.entries(error)) {
      if (key !== "name" && key !== "message" && key !== "stack" && key !== "cause")
        fields[key] = value;
    }
  }
  return { code, name, message, fields };
}

/**
 * The error again as its own class, so that the handler and the CLI map it as if thrown here.
 * NOTE: built on the class's prototype rather than through its constructor (whose parameters
 * differ per class); the message and fields are the original's. An unknown class becomes an Error.
 */
export function reviveError({ code, name, message, fields }: SerializedError): Error {
  // By code, not class name: a bundler may rename classes.
  const row = ERROR_TABLE.find((candidate) => candidate.code === code);
  const error = new Error(message);
  if (row === undefined) return error;
  Object.setPrototypeOf(error, row.class.prototype);
  return Object.assign(error, fields, { name });
}
