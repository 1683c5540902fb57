// Fairness between clients: one client may have only so many POSTs in flight (reading, queued or
// running) at once; past that it is told to come back (429 with Retry-After), so that one client
// cannot fill the analysis queue that everyone shares.

import type { RequestHandler } from "express";
import { RateLimitedError, withRetryAfter } from "./http-errors.js";

export function limitPerClient(maxInFlight: number, estimateWaitMs: () => number): RequestHandler {
  const inFlight = new Map<string, number>();
  return (request, response, next) => {
    const client = request.ip ?? request.socket.remoteAddress ?? "";
    const count = inFlight.get(client) ?? 0;
    if (count >= maxInFlight) {
      next(
        withRetryAfter(
          new RateLimitedError(
            `limitPerClient: expected at most ${maxInFlight} POST requests in flight per client, received another; retry when one has answered`,
          ),
          estimateWaitMs() / 1000,
        ),
      );
      return;
    }
    inFlight.set(client, count + 1);
    response.once("close", () => {
      const left = (inFlight.get(client) ?? 1) - 1;
      if (left <= 0) inFlight.delete(client);
      else inFlight.set(client, left);
    });
    next();
  };
}
