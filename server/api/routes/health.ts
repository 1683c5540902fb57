// GET /api/health: liveness, what is loaded, and how busy the analysis workers are (read from the
// pool's counters: it never waits for a worker).

import { Router } from "express";
import type { AppContext } from "../app-context.js";

export function healthRoutes(context: AppContext): Router {
  const router = Router();
  router.get("/api/health", (_request, response) => {
    response.json({
      status: "ok",
      dataset: {
        entities: context.dataset.entities.length,
        deals: context.dataset.deals.length,
        version: context.dataset.version ?? null,
      },
      analysis: { running: context.runner.active, queued: context.runner.queued },
    });
  });
  return router;
}
