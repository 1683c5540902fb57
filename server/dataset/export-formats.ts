// Every export format in one table (name, label, media type, extension, what writes it, needs a
// layout? the analysis?, where it is offered): /api/export, `roundtrip export` and the viewer's
// Export menu are built from it. A new format is one row here plus its writer.

export interface ExportFormatRow {
  name: string;
  /** The Export menu's item and its hint. */
  label: string;
  hint: string;
  mediaType: string;
  /** The file name after its stem: `.gexf`, `-csv.zip`, `-loops.csv`. */
  extension: string;
  /**
   * What it is written from: the dataset alone (export-dataset), a view of it under inclusion
   * options (export-view; the viewer draws its own from what it shows), or what only the viewer
   * can draw (the print PNGs, from its SVG).
   */
  source: "dataset" | "view" | "canvas";
  /** Needs entity positions (a layout). */
  needsLayout: boolean;
  /** Needs the analysis (cycles, exposure) under the options. */
  needsAnalysis: boolean;
  /** Offered by GET/POST /api/export, by `roundtrip export`, in the viewer's Export menu. */
  api: boolean;
  cli: boolean;
  menu: boolean;
}

const DATASET = {
  source: "dataset",
  needsLayout: false,
  needsAnalysis: false,
  api: true,
  cli: true,
  menu: true,
} as const;

/** Menu order (the menu adds "Embed…", which is not a file). */
export const EXPORT_FORMAT_TABLE = Object.freeze([
  {
    name: "svg",
    label: "Image (SVG)",
    hint: "Editable text, legend and credit",
    mediaType: "image/svg+xml; charset=utf-8",
    extension: ".svg",
    source: "view",
    needsLayout: true,
    needsAnalysis: false,
    api: true,
    cli: true,
    menu: true,
  },
  {
    // The print-ready image (title, legend, date and credit drawn in), 2× the canvas on screen.
    name: "png",
    label: "Print image (PNG 2×)",
    hint: "2× the screen, with legend and credit",
    mediaType: "image/png",
    extension: "@2x.png",
    source: "canvas",
    needsLayout: true,
    needsAnalysis: false,
    api: false,
    cli: false,
    menu: true,
  },
  {
    name: "png-3x",
    label: "Print image (PNG 3×)",
    hint: "3× the screen, with legend and credit",
    mediaType: "image/png",
    extension: "@3x.png",
    source: "canvas",
    needsLayout: true,
    needsAnalysis: false,
    api: false,
    cli: false,
    menu: true,
  },
  {
    name: "cycles-csv",
    label: "Loops table (CSV)",
    hint: "One row per loop",
    mediaType: "text/csv; charset=utf-8",
    extension: "-loops.csv",
    source: "view",
    needsLayout: false,
    needsAnalysis: true,
    api: true,
    cli: true,
    menu: true,
  },
  {
    name: "exposure-csv",
    label: "Exposure table (CSV)",
    hint: "One row per entity, every figure",
    mediaType: "text/csv; charset=utf-8",
    extension: "-exposure.csv",
    source: "view",
    needsLayout: false,
    needsAnalysis: true,
    api: true,
    cli: true,
    menu: true,
  },

  {
    ...DATASET,
    name: "json",
    label: "JSON",
    hint: "Canonical dataset",
    mediaType: "application/json; charset=utf-8",
    extension: ".json",
  },
  {
    ...DATASET,
    name: "csv",
    label: "CSV (zip)",
    hint: "nodes.csv + edges.csv",
    mediaType: "application/zip",
    extension: "-csv.zip",
  },
  {
    ...DATASET,
    name: "csv-edges",
    label: "CSV edges",
    hint: "One row per deal",
    mediaType: "text/csv; charset=utf-8",
    extension: "-edges.csv",
    cli: false,
    menu: false,
  },
  {
    ...DATASET,
    name: "csv-nodes",
    label: "CSV nodes",
    hint: "One row per entity",
    mediaType: "text/csv; charset=utf-8",
    extension: "-nodes.csv",
    cli: false,
    menu: false,
  },
  {
    ...DATASET,
    name: "gexf",
    label: "GEXF",
    hint: "Gephi, with layout, colours and timeline",
    mediaType: "application/gexf+xml; charset=utf-8",
    extension: ".gexf",
  },
  {
    ...DATASET,
    name: "graphml",
    label: "GraphML",
    hint: "yEd, networkx, igraph",
    mediaType: "application/graphml+xml; charset=utf-8",
    extension: ".graphml",
  },
  {
    ...DATASET,
    name: "neo4j",
    label: "Neo4j (zip)",
    hint: "CSVs for neo4j-admin import",
    mediaType: "application/zip",
    extension: "-neo4j.zip",
  },
] as const satisfies readonly ExportFormatRow[]);

type Row = (typeof EXPORT_FORMAT_TABLE)[number];
export type ExportFormatName = Row["name"];
/** Written from the dataset alone. */
export type ExportFormat = Extract<Row, { source: "dataset" }>["name"];
/** Written from a view of the dataset under inclusion options. */
export type ViewExportFormat = Extract<Row, { source: "view" }>["name"];
/** Offered in the viewer's menu and written there from what it shows (not the dataset alone). */
export type MenuDrawnFormat = Extract<Row, { menu: true; source: "view" | "canvas" }>["name"];

const names = <R extends Row>(keep: (row: Row) => row is R): readonly R["name"][] =>
  Object.freeze(EXPORT_FORMAT_TABLE.filter(keep).map((row) => row.name));

export const EXPORT_FORMATS = names(
  (row): row is Extract<Row, { source: "dataset" }> => row.source === "dataset",
);
export const VIEW_EXPORT_FORMATS = names(
  (row): row is Extract<Row, { source: "view" }> => row.source === "view",
);
/** Listed for the API and the CLI as they always were: the dataset formats, then the views. */
const LISTED: readonly Row[] = [
  ...EXPORT_FORMAT_TABLE.filter((row) => row.source === "dataset"),
  ...EXPORT_FORMAT_TABLE.filter((row) => row.source !== "dataset"),
];
export const API_EXPORT_FORMATS = Object.freeze(
  LISTED.filter((row): row is Extract<Row, { api: true }> => row.api).map((row) => row.name),
);
export const CLI_EXPORT_FORMATS = Object.freeze(
  LISTED.filter((row): row is Extract<Row, { cli: true }> => row.cli).map((row) => row.name),
);
export const MENU_EXPORT_FORMATS = names((row): row is Extract<Row, { menu: true }> => row.menu);

export function exportFormatRow(name: ExportFormatName): ExportFormatRow {
  return EXPORT_FORMAT_TABLE.find((row) => row.name === name)!;
}

/**
 * The name of an export of a view: `roundtrip-committed-2025-03-31.gexf` — the view and the date
 * when they narrow what is shown, else `roundtrip.gexf`. No path separator survives.
 */
export function exportFileName(
  format: ExportFormatName,
  view: { view?: string | null; asOf?: string | null } = {},
): string {
  const parts = ["roundtrip", view.view, view.asOf].map((part) => fileNamePart(part ?? ""));
  return `${parts.filter((part) => part !== "").join("-")}${exportFormatRow(format).extension}`;
}

/** A piece of a file name safe on every file system: `[A-Za-z0-9._-]`, at most 40 characters. */
export function fileNamePart(text: string): string {
  return text
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, 40);
}
