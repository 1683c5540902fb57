// GET /api/export?format=… (the loaded dataset) and POST /api/export?format=… (a posted one,
// read and converted in a worker): the file, with its media type and a Content-Disposition name.
// The view formats (svg, cycles-csv, exposure-csv) of the loaded dataset also take the inclusion
// options as query parameters, and svg a theme.

import { type Request, type Response, Router } from "express";
import { z } from "zod";
import {
  EXPORT_FORMATS,
  type ExportedFile,
  exportDataset,
  exportFileStem,
} from "../../dataset/export-dataset.js";
import {
  API_EXPORT_FORMATS,
  EXPORT_FORMAT_TABLE,
  exportFormatRow,
  type ViewExportFormat,
} from "../../dataset/export-formats.js";
import { exportGexf } from "../../dataset/export-gexf.js";
import { creditText, exportView, THEMES } from "../../dataset/export-view.js";
import { gexfVisual } from "../../dataset/gexf-visual.js";
import { abortOnDisconnect } from "../abort-on-disconnect.js";
import type { AppContext } from "../app-context.js";
import { EXPORT_QUERY_SCHEMA } from "../export-query.js";
import { QueryParameterError } from "../http-errors.js";
import { parseAnalysisQuery } from "../parse-analysis-query.js";
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
          ? "unknown parameter; expected format (the view formats also take the inclusion options)"
          : `expected one of ${API_EXPORT_FORMATS.join(", ")}`,
    })),
  );
}

function isViewFormat(value: unknown): value is ViewExportFormat {
  return EXPORT_FORMAT_TABLE.some((row) => row.api && row.source === "view" && row.name === value);
}

function parseTheme(format: ViewExportFormat, value: unknown) {
  const parsed = EXPORT_QUERY_SCHEMA.shape.theme.safeParse(value);
  if (value === undefined && parsed.success) return parsed.data;
  if (format === "svg" && parsed.success) return parsed.data;
  throw new QueryParameterError([
    {
      path: "theme",
      message:
        format === "svg"
          ? `expected one of ${THEMES.join(", ")}, received ${JSON.stringify(value)}`
          : "only the svg format takes a theme",
    },
  ]);
}

const withBody = (file: ExportedFile, body: string): ExportedFile => ({ ...file, body });

function sendFile(response: Response, file: ExportedFile, name: string) {
  // attachment() also sets a type from the extension: ours goes after it.
  response
    .attachment(name)
    .type(file.contentType)
    .send(typeof file.body === "string" ? file.body : Buffer.from(file.body));
}

export function exportRoutes(
  context: AppContext,
  layout: () => ReadonlyMap<string, { x: number; y: number }>,
  source: string,
): Router {
  const router = Router();
  const sendView = async (request: Request, response: Response, format: ViewExportFormat) => {
    const { options, key } = parseAnalysisQuery(request.query, ["format", "theme"]);
    const theme = parseTheme(format, request.query.theme);
    const info = exportFormatRow(format);
    const analysis = info.needsAnalysis ? await context.analyzeLoaded(options, key) : undefined;
    const file = exportView(format, {
      dataset: context.dataset,
      inclusion: options,
      ...(analysis ? { analysis } : {}),
      ...(info.needsLayout ? { positions: layout() } : {}),
      theme,
      text: creditText(source),
    });
    const date = options.asOf === null ? "" : `-${options.asOf}`;
    sendFile(response, file, `${exportFileStem(context.dataset)}${date}${file.suffix}`);
  };
  router.get("/api/export", async (request, response) => {
    if (isViewFormat(request.query.format)) {
      await sendView(request, response, request.query.format);
      return;
    }
    const format = parseFormat(request.query);
    const exported = exportDataset(context.dataset, format);
    // Gephi opens the loaded data with the viewer's layout and palette.
    const file =
      format === "gexf"
        ? withBody(exported, exportGexf(context.dataset, gexfVisual(context.dataset, layout())))
        : exported;
    sendFile(response, file, `${exportFileStem(context.dataset)}${file.suffix}`);
  });
  router.post("/api/export", async (request, response) => {
    const format = parseFormat(request.query);
    const { body, contentType } = readBody(request);
    const signal = abortOnDisconnect(response);
    const { file, stem } = await context.runner.convertBody(body, contentType, format, signal);
    sendFile(response, file, `${stem}${file.suffix}`);
  });
  return router;
}
