// Gephi-ready CSV: an edges table (one row per deal: Source,Target,Type,Id,Label,…) and a nodes
// table (Id,Label,kind,…), as two strings or zipped together.

import { strToU8, zipSync } from "fflate";
import Papa from "papaparse";
import type { Dataset } from "../analysis/types.js";
import {
  type CellValue,
  DEAL_COLUMNS,
  dealToColumns,
  ENTITY_COLUMNS,
  entityToColumns,
} from "./export-columns.js";

/** Gephi reserves Source, Target, Type (edge direction), Id and Label; the rest are our fields. */
export const CSV_EDGE_HEADERS = [
  "Source",
  "Target",
  "Type",
  "Id",
  "Label",
  "dealType",
  ...DEAL_COLUMNS.filter((c) => !["id", "from", "to", "type"].includes(c)),
] as const;
export const CSV_NODE_HEADERS = [
  "Id",
  "Label",
  ...ENTITY_COLUMNS.filter((c) => c !== "id" && c !== "name"),
] as const;

export const CSV_ZIP_NAMES = Object.freeze({ nodes: "nodes.csv", edges: "edges.csv" });

/**
 * A spreadsheet runs a cell that starts with = + - @ (or tab, CR) as a formula: such text gets a
 * leading apostrophe, and so does text that already starts with apostrophes before one of those,
 * so that importCsv can strip exactly one and give back the original.
 */
export function escapeFormula(value: CellValue): CellValue {
  return typeof value === "string" && /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A CSV text (RFC 4180, CRLF) from a header row and rows; callers escape formulas first. */
export function toCsv(headers: readonly string[], rows: CellValue[][]): string {
  // Papa ends a header-only table with a line break already.
  const text = Papa.unparse({ fields: [...headers], data: rows }, { newline: "\r\n" });
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}

/** The edges table: one row per deal, in dataset order. */
export function exportCsvEdges(dataset: Dataset): string {
  const rows = dataset.deals.map((deal) => {
    const c = dealToColumns(deal);
    const row: CellValue[] = [c.from, c.to, "Directed", c.id, c.type, c.type];
    for (const column of DEAL_COLUMNS) {
      if (column === "id" || column === "from" || column === "to" || column === "type") continue;
      row.push(c[column]);
    }
    return row.map(escapeFormula);
  });
  return toCsv(CSV_EDGE_HEADERS, rows);
}

/** The nodes table: one row per entity, in dataset order. */
export function exportCsvNodes(dataset: Dataset): string {
  const rows = dataset.entities.map((entity) => {
    const c = entityToColumns(entity);
    return ENTITY_COLUMNS.map((column) => escapeFormula(c[column]));
  });
  return toCsv(CSV_NODE_HEADERS, rows);
}

/** Both tables zipped: `nodes.csv` and `edges.csv`. */
export function exportCsv(dataset: Dataset): Uint8Array {
  return zipSync(
    {
      [CSV_ZIP_NAMES.nodes]: strToU8(exportCsvNodes(dataset)),
      [CSV_ZIP_NAMES.edges]: strToU8(exportCsvEdges(dataset)),
    },
    // A fixed timestamp keeps the archive byte-identical for the same dataset.
    { level: 6, mtime: new Date("2000-01-01T00:00:00Z") },
  );
}
