// Errors that only the HTTP edge raises; error-handler maps each class (and the engine's and the
// dataset readers' classes) to one status.

import { RoundtripError } from "../analysis/errors.js";
import type { Problem } from "../analysis/types.js";
import { retryAfterSeconds } from "./estimate-wait.js";

/** A query parameter outside its domain; `problems` names each parameter. */
export class QueryParameterError extends RoundtripError {
  override name = "QueryParameterError";
  constructor(readonly problems: readonly Problem[]) {
    super(
      `invalid query: ${problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join("; ")}`,
    );
  }
}

/** No route for this method and path. */
export class RouteNotFoundError extends RoundtripError {
  override name = "RouteNotFoundError";
}

/** A POST with no body at all. */
export class EmptyBodyError extends RoundtripError {
  override name = "EmptyBodyError";
}

/** Too many POST requests from one client in the window. */
export class RateLimitedError extends RoundtripError {
  override name = "RateLimitedError";
}

/** The analysis worker did not answer within its hard deadline and was stopped. */
export class AnalysisTimeoutError extends RoundtripError {
  override name = "AnalysisTimeoutError";
}

/** Every analysis slot is taken and the queue is full. */
export class ServerBusyError extends RoundtripError {
  override name = "ServerBusyError";
}

/** The analysis worker died (uncaught error, out of memory) before answering; it was replaced. */
export class AnalysisCrashedError extends RoundtripError {
  override name = "AnalysisCrashedError";
  constructor(message: string, cause?: Error) {
    super(message, cause ? { cause } : undefined);
  }
}

/** The client went away while its analysis was still waiting for a worker. */
export class AnalysisCancelledError extends RoundtripError {
  override name = "AnalysisCancelledError";
}

/** A dataset larger than the saved-uploads store keeps. */
export class DatasetTooLargeError extends RoundtripError {
  override name = "DatasetTooLargeError";
}

/** The saved-uploads store is read-only (ROUNDTRIP_STORE=off). */
export class StoreReadOnlyError extends RoundtripError {
  override name = "StoreReadOnlyError";
}

/** A saved dataset's id that is not 64 hex digits. */
export class InvalidDatasetIdError extends RoundtripError {
  override name = "InvalidDatasetIdError";
}

/** No saved dataset has this id (never saved, or evicted). */
export class DatasetNotFoundError extends RoundtripError {
  override name = "DatasetNotFoundError";
}

/** When a 429 or 503 is worth retrying: the seconds a client should wait (Retry-After, rounded up
 * and clamped to RETRY_AFTER_LIMITS). */
export function withRetryAfter<E extends Error>(error: E, seconds: number): E {
  return Object.assign(error, { retryAfterSeconds: retryAfterSeconds(seconds * 1000) });
}

/** The Retry-After an error carries, if any. */
export function retryAfterOf(error: unknown): number | null {
  const seconds = (error as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds;
  return typeof seconds === "number" && Number.isFinite(seconds) ? seconds : null;
}
