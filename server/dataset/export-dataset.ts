// The writers of the dataset formats of the export-format table (export-formats): the bytes or
// text with the row's media type and extension. Browser-safe: the viewer's export menu loads it
// on first use, /api/export and `roundtrip export` import it.

import type { Dataset } from "../analysis/types.js";
import { exportCsv, exportCsvEdges, exportCsvNodes } from "./export-csv.js";
import { type ExportFormat, exportFormatRow, fileNamePart } from "./export-formats.js";
import { exportGexf, type GexfVisual } from "./export-gexf.js";
import { exportGraphml } from "./export-graphml.js";
import { exportJson } from "./export-json.js";
import { exportNeo4j } from "./export-neo4j.js";

export { EXPORT_FORMATS, type ExportFormat } from "./export-formats.js";

export interface ExportedFile {
  body: string | Uint8Array;
  contentType: string;
  /** File name suffix after the dataset's stem: `.gexf`, `-csv.zip`, `-edges.csv`. */
  suffix: string;
}

/** One writer per dataset format (the table's `source: "dataset"` rows). */
const WRITERS: Readonly<
  Record<ExportFormat, (dataset: Dataset, visual: GexfVisual) => string | Uint8Array>
> = {
  json: exportJson,
  csv: exportCsv,
  "csv-edges": exportCsvEdges,
  "csv-nodes": exportCsvNodes,
  gexf: exportGexf,
  graphml: exportGraphml,
  neo4j: exportNeo4j,
};

/** `visual`: the viewer's layout and palette, which the GEXF carries for Gephi. */
export function exportDataset(
  dataset: Dataset,
  format: ExportFormat,
  visual: GexfVisual = {},
): ExportedFile {
  const { mediaType, extension } = exportFormatRow(format);
  return { body: WRITERS[format](dataset, visual), contentType: mediaType, suffix: extension };
}

/** `roundtrip-2026.11`: a file-name stem from the dataset version, safe on every file system. */
export function exportFileStem(dataset: Dataset, fallback = "dataset"): string {
  return `roundtrip-${fileNamePart(dataset.version ?? "") || fallback}`;
}
