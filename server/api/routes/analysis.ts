// GET /api/cycles, /api/exposure, /api/summary, /api/graph: the loaded dataset analysed under the
// query's inclusion options (view included) and cycle bounds (validated, capped, cached per option
// set); the summary carries both views.

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
  // The selected view's summary (SPEC §5), with both views beside it (SPEC §2.1).
  router.get("/api/summary", async (request, response) => {
    const { options, key } = parseQuery(request);
    const otherOptions: AnalysisQuery = {
      ...options,
      view: options.view === "committed" ? "announced" : "committed",
    };
    // Keyed as parseAnalysisQuery keys it, so that both views share the analyses' cache.
    const other = await context.analyzeLoaded(otherOptions, JSON.stringify(otherOptions));
    const serialized = await context.loadedJson("/api/summary", options, key, (analysis) => {
      const byView = { [options.view]: analysis.summary, [otherOptions.view]: other.summary };
      return {
        ...analysis.summary,
        announced: byView.announced,
        committed: byView.committed,
        warnings: analysis.warnings,
      };
    });
    await sendSerialized(request, response, serialized);
  });
  route("/api/graph", (analysis, options) => buildGraphView(context.dataset, analysis, options));
  return router;
}
