// GET /api/stress on the loaded dataset and POST /api/stress on a posted one (any /api/analyze
// format): the SPEC §6 scenario — who is hurt if these entities cannot pay — computed in a worker.
// GET answers are kept per option set, with their ETag.

import { Router } from "express";
import { abortOnDisconnect } from "../abort-on-disconnect.js";
import { createAnalysisCache } from "../analysis-cache.js";
import type { AppContext } from "../app-context.js";
import { parseStressQuery } from "../parse-stress-query.js";
import { readBody } from "../read-body.js";
import { type SerializedBody, sendSerialized, serializeBody } from "../send-serialized.js";

/** Scenarios of the loaded dataset kept in memory. */
const CACHED_SCENARIOS = 64;

export function stressRoutes(context: AppContext): Router {
  const router = Router();
  const known = new Set(context.dataset.entities.map((entity) => entity.id));
  const cache = createAnalysisCache<SerializedBody>(CACHED_SCENARIOS);
  const toBody = ({ body, etag }: { body: Uint8Array; etag: string }) =>
    serializeBody(Buffer.from(body.buffer, body.byteOffset, body.byteLength), etag);
  router.get("/api/stress", async (request, response) => {
    const { options, key } = parseStressQuery(request.query, known);
    const answer = await cache.get(key, async () =>
      toBody(await context.runner.stress({ dataset: context.dataset }, options)),
    );
    await sendSerialized(request, response, answer);
  });
  router.post("/api/stress", async (request, response) => {
    // Entity ids are checked in the worker, against the posted dataset.
    const { options } = parseStressQuery(request.query);
    const { body, contentType } = readBody(request);
    const answer = await context.runner.stress(
      { body, contentType },
      options,
      abortOnDisconnect(response),
    );
    await sendSerialized(request, response, toBody(answer));
  });
  return router;
}
