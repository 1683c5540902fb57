// POST /api/analyze: analyse a posted dataset (JSON, CSV, GEXF, GraphML or a zip of CSV tables)
// in a worker thread, bounded by the capped query options (SPEC §5 output).

import { Router } from "express";
import type { AppContext } from "../app-context.js";
import { parseAnalysisQuery } from "../parse-analysis-query.js";
import { readBody } from "../read-body.js";

export function analyzeRoutes(context: AppContext): Router {
  const router = Router();
  router.post("/api/analyze", async (request, response) => {
    const { options } = parseAnalysisQuery(request.query);
    const { body, contentType } = readBody(request);
    const { analysis, warnings } = await context.runner.analyzeBody(body, contentType, options);
    response.json({
      cycles: analysis.cycles,
      exposure: analysis.exposure,
      counterpartyExposure: analysis.counterpartyExposure,
      summary: analysis.summary,
      warnings: [...warnings, ...analysis.warnings],
    });
  });
  return router;
}
