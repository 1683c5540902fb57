// GET /api/history: the trend line of the loaded dataset (SPEC §7) — both views' summary figures
// at each period end, and one entity's round-trip series when asked — computed in a worker and
// kept per option set, with its ETag.

import { Router } from "express";
import { createAnalysisCache } from "../analysis-cache.js";
import type { AppContext } from "../app-context.js";
import { parseHistoryQuery } from "../parse-history-query.js";
import { type SerializedBody, sendSerialized, serializeBody } from "../send-serialized.js";

/** Histories of the loaded dataset kept in memory. */
const CACHED_HISTORIES = 32;

export function historyRoutes(context: AppContext): Router {
  const router = Router();
  const known = new Set(context.dataset.entities.map((entity) => entity.id));
  const cache = createAnalysisCache<SerializedBody>(CACHED_HISTORIES);
  router.get("/api/history", async (request, response) => {
    const { options, key } = parseHistoryQuery(request.query, known);
    const answer = await cache.get(key, async () => {
      const { body, etag } = await context.runner.history(context.dataset, options);
      return serializeBody(Buffer.from(body.buffer, body.byteOffset, body.byteLength), etag);
    });
    await sendSerialized(request, response, answer);
  });
  return router;
}
