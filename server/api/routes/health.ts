// GET /api/health: liveness and what is loaded. Never touches the analysis workers.

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
    });
  });
  return router;
}
