// The one exit point for errors: each error class maps to a status and a code (error-table), and
// every error leaves as JSON `{ error: { code, message, details } }`. No stack trace ever reaches
// a client.

import type { ErrorRequestHandler } from "express";
import type { Logger } from "pino";
import { errorRowFor } from "../error-table.js";
import type { ErrorBody } from "./error-body.js";
import { retryAfterOf } from "./http-errors.js";

export type { ErrorBody };

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
  const row = errorRowFor(error);
  if (row !== null) {
    const typed = error as Error;
    return {
      status: row.status,
      code: row.code,
      message: row.message?.(typed) ?? typed.message,
      details: row.details?.(typed) ?? null,
    };
  }
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
    // The pool's estimate of when a worker frees up (from the jobs ahead and their deadlines).
    const retryAfter = retryAfterOf(error);
    if (retryAfter !== null) response.set("Retry-After", String(retryAfter));
    else if (mapped.code === "server_busy") response.set("Retry-After", "1");
    response.status(mapped.status).json(body);
  };
}
