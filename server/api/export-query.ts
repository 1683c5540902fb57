// The export endpoint's own query parameters (`format`, and `theme` for svg) as zod schemas: the
// route validates with them and the OpenAPI document is generated from them (queryParameters).
// The view formats also take the inclusion options (ANALYSIS_QUERY_SCHEMA).

import { z } from "zod";
import { API_EXPORT_FORMATS } from "../dataset/export-formats.js";
import { THEMES } from "../dataset/export-view.js";
import { queryParameter, readText } from "./query-parameter.js";

export const EXPORT_QUERY_SCHEMA = z.object({
  format: queryParameter(
    z
      .enum(API_EXPORT_FORMATS)
      .describe(
        "Export format; POST takes the dataset formats only (not svg, cycles-csv, exposure-csv)",
      ),
    readText,
  ),
  theme: queryParameter(
    z.enum(THEMES).default("light").describe("svg only: light (default) or dark"),
    readText,
  ),
});
