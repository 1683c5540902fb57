// An AbortSignal that fires when the client goes away before its response is finished, so that
// work still waiting for it (a queued analysis) is withdrawn.

import type { Response } from "express";

export function abortOnDisconnect(response: Response): AbortSignal {
  const controller = new AbortController();
  response.once("close", () => {
    if (!response.writableFinished) controller.abort();
  });
  return controller.signal;
}
