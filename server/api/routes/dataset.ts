// GET /api/dataset: the loaded canonical dataset (SPEC §1), with its validation warnings in a header count.

import { Router } from "express";
import type { AppContext } from "../app-context.js";

export function datasetRoutes(context: AppContext): Router {
  const router = Router();
  router.get("/api/dataset", (_request, response) => {
    response.set("X-Dataset-Warnings", String(context.warnings.length)).json(context.dataset);
  });
  return router;
}
