// GET /api/cycles, /api/exposure, /api/summary, /api/graph: the loaded dataset analysed under the
// query's inclusion options and cycle bounds (validated, capped, cached per option set).

import { Router } from "express";
import type { Analysis } from "../../analysis/analyze-dataset.js";
import type { AppContext } from "../app-context.js";
import { buildGraphView } from "../graph-view.js";
import { type AnalysisQuery, parseAnalysisQuery } from "../parse-analysis-query.js";

export function analysisRoutes(context: AppContext): Router {
  const router = Router();
  router.get("/api/cycles", async (request, response) => {
    const { options, key } = parseAnalysisQuery(request.query);
    const { cycles } = await context.analyzeLoaded(options, key);
    response.json({
      ...cycles,
      bounds: {
        maxLength: options.maxLength,
        maxCycles: options.maxCycles,
        timeBudgetMs: options.timeBudgetMs,
      },
    });
  });
  router.get("/api/exposure", async (request, response) => {
    const { options, key } = parseAnalysisQuery(request.query);
    const analysis = await context.analyzeLoaded(options, key);
    response.json({ ...analysis.exposure, counterpartyExposure: analysis.counterpartyExposure });
  });
  router.get("/api/summary", async (request, response) => {
    const { options, key } = parseAnalysisQuery(request.query);
    const analysis = await context.analyzeLoaded(options, key);
    response.json({ ...analysis.summary, warnings: analysis.warnings });
  });
  router.get("/api/graph", async (request, response) => {
    const { options, key } = parseAnalysisQuery(request.query);
    const analysis = await context.analyzeLoaded(options, key);
    response.json(buildGraphView(context.dataset, analysis, options));
  });
  return router;
}
