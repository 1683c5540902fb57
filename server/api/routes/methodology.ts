// GET /methodology: docs/METHODOLOGY.md as written, for the viewer's "How to read this" link. Sent
// as plain UTF-8 text (with nosniff from helmet), never as HTML: nothing in the file can run.

import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { Router } from "express";
import { RouteNotFoundError } from "../http-errors.js";

/** docs/METHODOLOGY.md from the source tree (server/api/routes) or the bundle (dist/server). */
export const METHODOLOGY_PATH: URL =
  ["../../../docs/METHODOLOGY.md", "../../docs/METHODOLOGY.md"]
    .map((relative) => new URL(relative, import.meta.url))
    .find((url) => existsSync(url)) ?? new URL("../../../docs/METHODOLOGY.md", import.meta.url);

export function methodologyRoutes(path: string | URL = METHODOLOGY_PATH): Router {
  const router = Router();
  let text: Promise<string> | null = null;
  router.get("/methodology", async (_request, response) => {
    text ??= readFile(path, "utf8");
    let body: string;
    try {
      body = await text;
    } catch {
      text = null;
      throw new RouteNotFoundError("no route GET /methodology: the methodology is not installed");
    }
    response
      .type("text/plain; charset=utf-8")
      .set("Content-Disposition", 'inline; filename="METHODOLOGY.md"')
      .set("Cache-Control", "no-cache")
      .send(body);
  });
  return router;
}
