// GET /api/entities/:id: one entity with its deals out and in, its exposure row, what it stands to
// lose to each counterparty, and the cycles through it — under the query's options.

import { Router } from "express";
import { UnknownEntityError } from "../../analysis/errors.js";
import type { AppContext } from "../app-context.js";
import { parseAnalysisQuery } from "../parse-analysis-query.js";

export function entityRoutes(context: AppContext): Router {
  const router = Router();
  router.get("/api/entities/:id", async (request, response) => {
    const id = request.params.id;
    const entity = context.dataset.entities.find((e) => e.id === id);
    const { options, key } = parseAnalysisQuery(request.query);
    if (entity === undefined) throw new UnknownEntityError("GET /api/entities/:id", id);
    const analysis = await context.analyzeLoaded(options, key);
    response.json({
      entity,
      dealsOut: context.dataset.deals.filter((d) => d.from === id),
      dealsIn: context.dataset.deals.filter((d) => d.to === id),
      exposure: analysis.exposure.entities.find((row) => row.id === id) ?? null,
      counterpartyExposure: analysis.counterpartyExposure.find((row) => row.id === id) ?? null,
      cycles: analysis.cycles.cycles.filter((cycle) => cycle.nodes.includes(id)),
      cyclesTruncated: analysis.cycles.truncated,
    });
  });
  return router;
}
