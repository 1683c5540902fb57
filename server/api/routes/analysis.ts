// GET /api/cycles, /api/exposure, /api/summary, /api/graph: the loaded dataset analysed under the
// query's inclusion options and cycle bounds (validated, capped, cached per option set).

import { type Request, Router } from "express";
import type { Analysis } from "../../analysis/analyze-dataset.js";
import type { AppContext } from "../app-context.js";
import { buildGraphView } from "../graph-view.js";
import { type AnalysisQuery, parseAnalysisQuery } from "../parse-analysis-query.js";
import { sendSerialized } from "../send-serialized.js";

/** Query strings remembered with their parsed options (the same string parses the same way). */
const PARSED_QUERIES = 256;

export function analysisRoutes(context: AppContext): Router {
  const router = Router();
  const parsed = new Map<string, ReturnType<typeof parseAnalysisQuery>>();
  // NOTE: a repeated GET skips zod; a bad query throws and is not remembered.
  const parseQuery = (request: Request) => {
    const at = request.url.indexOf("?");
    const raw = at < 0 ? "" : request.url.slice(at + 1);
    let hit = parsed.get(raw);
    if (hit === undefined) {
      hit = parseAnalysisQuery(request.query);
      if (parsed.size >= PARSED_QUERIES) parsed.delete(parsed.keys().next().value!);
      parsed.set(raw, hit);
    }
    return hit;
  };
  const route = (path: string, make: (analysis: Analysis, options: AnalysisQuery) => unknown) => {
    router.get(path, async (request, response) => {
      const { options, key } = parseQuery(request);
      const serialized = await context.loadedJson(path, options, key, (analysis) =>
        make(analysis, options),
      );
      await sendSerialized(request, response, serialized);
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
