// GET /api/entities/:id: one entity with its deals out and in, its exposure row, what it stands to
// lose to each counterparty, the cycles through it and its centrality (PageRank and betweenness
// with its rank among all entities) — under the query's options.

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
    const [analysis, centrality] = await Promise.all([
      context.analyzeLoaded(options, key),
      context.centralityLoaded(options, key),
    ]);
    const { id: _, ...ranked } = centrality.entities.find((row) => row.id === id)!;
    response.json({
      entity,
      dealsOut: context.dataset.deals.filter((d) => d.from === id),
      dealsIn: context.dataset.deals.filter((d) => d.to === id),
      exposure: analysis.exposure.entities.find((row) => row.id === id) ?? null,
      counterpartyExposure: analysis.counterpartyExposure.find((row) => row.id === id) ?? null,
      cycles: analysis.cycles.cycles.filter((cycle) => cycle.nodes.includes(id)),
      cyclesTruncated: analysis.cycles.truncated,
      // PageRank at any size; betweenness null above the bound, with the reason.
      centrality: {
        ...ranked,
        rankedAmong: centrality.entities.length,
        betweennessNotComputed: centrality.betweennessNotComputed,
      },
    });
  });
  return router;
}
