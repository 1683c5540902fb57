// POST /api/analyze: analyse a posted dataset (JSON, CSV, GEXF, GraphML or a zip of CSV tables)
// in a worker thread, bounded by the capped query options (SPEC §5 output). The same body with
// the same options is answered from memory, with the same ETag.

import { Router } from "express";
import { abortOnDisconnect } from "../abort-on-disconnect.js";
import type { AppContext } from "../app-context.js";
import { parseAnalysisQuery } from "../parse-analysis-query.js";
import { readBody } from "../read-body.js";
import { sendSerialized } from "../send-serialized.js";

export function analyzeRoutes(context: AppContext): Router {
  const router = Router();
  router.post("/api/analyze", async (request, response) => {
    const { options, key } = parseAnalysisQuery(request.query);
    const { body, contentType } = readBody(request);
    const signal = abortOnDisconnect(response);
    const answer = await context.postedJson(body, contentType, options, key, signal);
    await sendSerialized(request, response, answer);
  });
  return router;
}
