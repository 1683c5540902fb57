// The one exit point for errors: each error class maps to a status and a code, and every error
// leaves as JSON `{ error: { code, message, details } }`. No stack trace ever reaches a client.

import type { ErrorRequestHandler } from "express";
import type { Logger } from "pino";
import { InvalidDatasetError, InvalidOptionError, UnknownEntityError } from "../analysis/errors.js";
import {
  DatasetLimitError,
  MalformedDocumentError,
  UnsupportedFormatError,
} from "../dataset/import-error.js";
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
} from "./http-errors.js";

export interface ErrorBody {
  error: { code: string; message: string; details: unknown };
}

interface Mapped {
  status: number;
  code: string;
  message: string;
  details: unknown;
}

/** body-parser and serve-static report with `status`/`type` on plain errors. */
function httpLike(error: unknown): { status: number; type?: string; message: string } | null {
  if (typeof error !== "object" || error === null) return null;
  const { status, statusCode, type, message } = error as Record<string, unknown>;
  const code =
    typeof status === "number" ? status : typeof statusCode === "number" ? statusCode : 0;
  if (code < 400 || code > 599) return null;
  return {
    status: code,
    ...(typeof type === "string" ? { type } : {}),
    message: typeof message === "string" ? message : "",
  };
}

export function mapError(error: unknown): Mapped {
  const message = error instanceof Error ? error.message : "";
  if (error instanceof QueryParameterError) {
    return { status: 400, code: "invalid_parameter", message, details: error.problems };
  }
  if (error instanceof InvalidOptionError) {
    return { status: 400, code: "invalid_option", message, details: null };
  }
  if (error instanceof MalformedDocumentError) {
    return { status: 400, code: "malformed_body", message, details: error.problems };
  }
  if (error instanceof EmptyBodyError)
    return { status: 400, code: "empty_body", message, details: null };
  if (error instanceof UnsupportedFormatError) {
    return { status: 415, code: "unsupported_media_type", message, details: null };
  }
  if (error instanceof InvalidDatasetError) {
    return {
      status: 422,
      code: "invalid_dataset",
      message: `invalid dataset: ${error.problems.length} problem(s)`,
      details: error.problems,
    };
  }
  if (error instanceof UnknownEntityError) {
    return { status: 404, code: "unknown_entity", message, details: { id: error.entityId } };
  }
  if (error instanceof InvalidDatasetIdError) {
    return { status: 400, code: "invalid_dataset_id", message, details: null };
  }
  if (error instanceof DatasetNotFoundError) {
    return { status: 404, code: "dataset_not_found", message, details: null };
  }
  if (error instanceof DatasetLimitError) {
    return {
      status: 413,
      code: "dataset_too_large",
      message,
      details: { limit: error.limit, max: error.max },
    };
  }
  if (error instanceof DatasetTooLargeError) {
    return { status: 413, code: "payload_too_large", message, details: null };
  }
  if (error instanceof StoreReadOnlyError) {
    return { status: 403, code: "store_read_only", message, details: null };
  }
  if (error instanceof RouteNotFoundError)
    return { status: 404, code: "not_found", message, details: null };
  if (error instanceof RateLimitedError) {
    return { status: 429, code: "rate_limited", message, details: null };
  }
  if (error instanceof AnalysisTimeoutError) {
    return { status: 503, code: "analysis_timeout", message, details: null };
  }
  if (error instanceof AnalysisCrashedError) {
    return { status: 500, code: "analysis_crashed", message, details: null };
  }
  // Nobody reads this answer (the client is gone); the status is for the request log.
  if (error instanceof AnalysisCancelledError) {
    return { status: 499, code: "cancelled", message, details: null };
  }
  if (error instanceof ServerBusyError)
    return { status: 503, code: "server_busy", message, details: null };
  const http = httpLike(error);
  if (http?.type === "entity.too.large") {
    return {
      status: 413,
      code: "payload_too_large",
      message: "request body larger than 5 MB",
      details: null,
    };
  }
  if (http?.type === "encoding.unsupported" || http?.status === 415) {
    return {
      status: 415,
      code: "unsupported_media_type",
      message: "unsupported content encoding",
      details: null,
    };
  }
  if (http !== null && http.status < 500) {
    // Static files: a path outside the client folder, a dotfile, a missing file.
    const code = http.status === 404 || http.status === 403 ? "not_found" : "bad_request";
    const status = http.status === 403 ? 404 : http.status;
    return { status, code, message: status === 404 ? "not found" : "bad request", details: null };
  }
  return { status: 500, code: "internal_error", message: "internal server error", details: null };
}

/** Express error middleware: map, log server faults, answer JSON. */
export function errorHandler(logger?: Logger): ErrorRequestHandler {
  return (error, _request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const mapped = mapError(error);
    if (mapped.status >= 500) logger?.error({ err: error }, "request failed");
    const body: ErrorBody = {
      error: { code: mapped.code, message: mapped.message, details: mapped.details },
    };
    // Analyses of the curated dataset take tens of milliseconds: a slot frees up within a second.
    if (mapped.code === "server_busy") response.set("Retry-After", "1");
    response.status(mapped.status).json(body);
  };
}
