// GET /api/cycles, /api/exposure, /api/summary, /api/graph: the loaded dataset analysed under the
// query's inclusion options and cycle bounds (validated, capped, cached per option set).

import { Router } from "express";
import type { Analysis } from "../../analysis/analyze-dataset.js";
import type { AppContext } from "../app-context.js";
import { buildGraphView } from "../graph-view.js";
import { type AnalysisQuery, parseAnalysisQuery } from "../parse-analysis-query.js";

export function analysisRoutes(context: AppContext): Router {
  const router = Router();
  const route = (path: string, make: (analysis: Analysis, options: AnalysisQuery) => unknown) => {
    router.get(path, async (request, response) => {
      const { options, key } = parseAnalysisQuery(request.query);
      const { body, etag } = await context.loadedJson(path, options, key, (analysis) =>
        make(analysis, options),
      );
      response.type("json").set("ETag", etag).send(body);
    });
  };
  route("/api/cycles", ({ cycles }, options) => ({
    ...cycles,
    bounds: {
      maxLength: options.maxLength,
      maxCycles: options.maxCycles,
      timeBudgetMs: options.timeBudgetMs,
    },
  }));
  route("/api/exposure", (analysis) => ({
    ...analysis.exposure,
    counterpartyExposure: analysis.counterpartyExposure,
  }));
  route("/api/summary", (analysis) => ({ ...analysis.summary, warnings: analysis.warnings }));
  route("/api/graph", (analysis, options) => buildGraphView(context.dataset, analysis, options));
  return router;
}
