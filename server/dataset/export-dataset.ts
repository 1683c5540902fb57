// One entry point for every export format: the bytes or text, its media type and file extension.
// Browser-safe: the viewer's export menu and the API's /api/export both use it.

import type { Dataset } from "../analysis/types.js";
import { exportCsv, exportCsvEdges, exportCsvNodes } from "./export-csv.js";
import { exportGexf } from "./export-gexf.js";
import { exportGraphml } from "./export-graphml.js";
import { exportJson } from "./export-json.js";
import { exportNeo4j } from "./export-neo4j.js";

export const EXPORT_FORMATS = [
  "json",
  "csv",
  "csv-edges",
  "csv-nodes",
  "gexf",
  "graphml",
  "neo4j",
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  body: string | Uint8Array;
  contentType: string;
  /** File name suffix after the dataset's stem: `.gexf`, `-csv.zip`, `-edges.csv`. */
  suffix: string;
}

const FORMATS: Record<
  ExportFormat,
  { make: (d: Dataset) => string | Uint8Array; contentType: string; suffix: string }
> = {
  json: { make: exportJson, contentType: "application/json; charset=utf-8", suffix: ".json" },
  csv: { make: exportCsv, contentType: "application/zip", suffix: "-csv.zip" },
  "csv-edges": {
    make: exportCsvEdges,
    contentType: "text/csv; charset=utf-8",
    suffix: "-edges.csv",
  },
  "csv-nodes": {
    make: exportCsvNodes,
    contentType: "text/csv; charset=utf-8",
    suffix: "-nodes.csv",
  },
  gexf: { make: exportGexf, contentType: "application/gexf+xml; charset=utf-8", suffix: ".gexf" },
  graphml: {
    make: exportGraphml,
    contentType: "application/graphml+xml; charset=utf-8",
    suffix: ".graphml",
  },
  neo4j: { make: exportNeo4j, contentType: "application/zip", suffix: "-neo4j.zip" },
};

export function exportDataset(dataset: Dataset, format: ExportFormat): ExportedFile {
  const { make, contentType, suffix } = FORMATS[format];
  return { body: make(dataset), contentType, suffix };
}

/** `roundtrip-2026.11`: a file-name stem from the dataset version, safe on every file system. */
export function exportFileStem(dataset: Dataset, fallback = "dataset"): string {
  const version = (dataset.version ?? "")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
  return `roundtrip-${version.slice(0, 40) || fallback}`;
}
