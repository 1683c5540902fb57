// The HTTP server's own limits, set where main.ts listens: timeouts for slow headers, slow bodies
// and idle keep-alive connections; a JSON answer (not Node's empty one) for what Node's parser
// refuses (400, 408, 413, 431); and an early 413 for a declared body over the limit, before it
// is sent (`Expect: 100-continue`) or read.

import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { Duplex } from "node:stream";
import type { ErrorBody } from "./error-handler.js";

export interface ServerLimits {
  /** Time to receive the request line and headers (slowloris). */
  headersTimeoutMs: number;
  /** Time to receive the whole request, body included. */
  requestTimeoutMs: number;
  /** Idle time a keep-alive connection is kept open between requests. */
  keepAliveTimeoutMs: number;
  /** Largest request body (declared or received), in bytes. */
  maxBodyBytes: number;
}

export const SERVER_LIMITS_DEFAULTS: Readonly<ServerLimits> = Object.freeze({
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxBodyBytes: 5 * 1024 * 1024,
});

const REASONS: Readonly<Record<number, [string, string]>> = Object.freeze({
  400: ["Bad Request", "bad_request"],
  408: ["Request Timeout", "request_timeout"],
  413: ["Payload Too Large", "payload_too_large"],
  431: ["Request Header Fields Too Large", "headers_too_large"],
});

/** A complete HTTP/1.1 response as bytes, JSON body included, that closes the connection. */
export function rawErrorResponse(status: number, message: string): string {
  const [reason, code] = REASONS[status] ?? ["Bad Request", "bad_request"];
  const body: ErrorBody = { error: { code, message, details: null } };
  const json = JSON.stringify(body);
  return [
    `HTTP/1.1 ${status} ${reason}`,
    "Content-Type: application/json; charset=utf-8",
    `Content-Length: ${Buffer.byteLength(json)}`,
    "Connection: close",
    "",
    json,
  ].join("\r\n");
}

/** Node's parser errors as statuses: header overflow 431, a timeout 408, any other 400. */
function statusOf(error: NodeJS.ErrnoException): number {
  if (error.code === "HPE_HEADER_OVERFLOW") return 431;
  if (error.code === "ERR_HTTP_REQUEST_TIMEOUT") return 408;
  return 400;
}

/** A declared Content-Length over the limit (NaN when none is declared). */
export function declaredTooLarge(request: IncomingMessage, maxBodyBytes: number): boolean {
  const length = Number(request.headers["content-length"]);
  return Number.isFinite(length) && length > maxBodyBytes;
}

export function tooLargeBody(maxBodyBytes: number): ErrorBody {
  const mb = Math.round(maxBodyBytes / (1024 * 1024));
  return {
    error: {
      code: "payload_too_large",
      message: `request body larger than ${mb} MB`,
      details: null,
    },
  };
}

/**
 * An HTTP server for `handler` (the app) under the limits; not listening yet. A `100-continue`
 * request is answered 413 at once when its declared length is over the limit, else continued.
 */
export function createServer(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
  limits: Partial<ServerLimits> = {},
): Server {
  const { headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs, maxBodyBytes } = {
    ...SERVER_LIMITS_DEFAULTS,
    ...limits,
  };
  const server = createHttpServer(
    {
      headersTimeout: headersTimeoutMs,
      requestTimeout: requestTimeoutMs,
      keepAliveTimeout: keepAliveTimeoutMs,
      // Node checks the two timeouts this often (30 s by default, which would triple them).
      connectionsCheckingInterval: Math.min(1_000, headersTimeoutMs),
    },
    handler,
  );
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = statusOf(error);
    const message =
      status === 431
        ? "request headers too large"
        : status === 408
          ? "request not received in time"
          : "malformed HTTP request";
    socket.end(rawErrorResponse(status, message));
  });
  server.on("checkContinue", (request: IncomingMessage, response: ServerResponse) => {
    if (declaredTooLarge(request, maxBodyBytes)) {
      const json = JSON.stringify(tooLargeBody(maxBodyBytes));
      response.writeHead(413, {
        "content-type": "application/json; charset=utf-8",
        "content-length": Buffer.byteLength(json),
        connection: "close",
      });
      response.end(json);
      return;
    }
    response.writeContinue();
    handler(request, response);
  });
  return server;
}
