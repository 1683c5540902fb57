// GET /api/export?format=… (the loaded dataset) and POST /api/export?format=… (a posted one,
// read and converted in a worker): the file, with its media type and a Content-Disposition name.

import { type Response, Router } from "express";
import { z } from "zod";
import {
  EXPORT_FORMATS,
  type ExportedFile,
  exportDataset,
  exportFileStem,
} from "../../dataset/export-dataset.js";
import { abortOnDisconnect } from "../abort-on-disconnect.js";
import type { AppContext } from "../app-context.js";
import { QueryParameterError } from "../http-errors.js";
import { readBody } from "../read-body.js";

const exportQuery = z.strictObject({ format: z.enum(EXPORT_FORMATS) });

function parseFormat(query: unknown) {
  const parsed = exportQuery.safeParse(query);
  if (parsed.success) return parsed.data.format;
  throw new QueryParameterError(
    parsed.error.issues.map((issue) => ({
      path:
        issue.code === "unrecognized_keys"
          ? issue.keys.join(", ")
          : String(issue.path[0] ?? "format"),
      message:
        issue.code === "unrecognized_keys"
          ? "unknown parameter; expected format"
          : `expected one of ${EXPORT_FORMATS.join(", ")}`,
    })),
  );
}

function sendFile(response: Response, file: ExportedFile, stem: string) {
  // attachment() also sets a type from the extension: ours goes after it.
  response
    .attachment(`${stem}${file.suffix}`)
    .type(file.contentType)
    .send(typeof file.body === "string" ? file.body : Buffer.from(file.body));
}

export function exportRoutes(context: AppContext): Router {
  const router = Router();
  router.get("/api/export", (request, response) => {
    const format = parseFormat(request.query);
    sendFile(response, exportDataset(context.dataset, format), exportFileStem(context.dataset));
  });
  router.post("/api/export", async (request, response) => {
    const format = parseFormat(request.query);
    const { body, contentType } = readBody(request);
    const signal = abortOnDisconnect(response);
    const { file, stem } = await context.runner.convertBody(body, contentType, format, signal);
    sendFile(response, file, stem);
  });
  return router;
}
