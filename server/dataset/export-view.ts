// Exports of a view rather than of the data: the picture (SVG) and the two analysis tables (loops,
// exposure) under inclusion options. Each row says what it needs — the analysis, a layout — so the
// API, the CLI and the viewer each supply it their way and share the writers.

import type { Theme } from "../../client/palette.js";
import { InvalidOptionError } from "../analysis/errors.js";
import type { CycleReport } from "../analysis/find-cycles.js";
import type { InclusionOptions } from "../analysis/inclusion.js";
import type { Dataset } from "../analysis/types.js";
import { exportCyclesCsv } from "./export-cycles-csv.js";
import type { ExportedFile } from "./export-dataset.js";
import { type ExposureCsvRow, exportExposureCsv } from "./export-exposure-csv.js";
import { exportSvg } from "./export-svg.js";
import { datasetScene, type SceneText } from "./svg-scene.js";

export const VIEW_EXPORT_FORMATS = ["svg", "cycles-csv", "exposure-csv"] as const;
export type ViewExportFormat = (typeof VIEW_EXPORT_FORMATS)[number];

export const THEMES = ["light", "dark"] as const satisfies readonly Theme[];

export interface ViewExportFormatInfo {
  label: string;
  contentType: string;
  suffix: string;
  /** Needs entity positions (a layout). */
  needsLayout: boolean;
  /** Needs the analysis (cycles, exposure) under the options. */
  needsAnalysis: boolean;
}

export const VIEW_EXPORTS: Readonly<Record<ViewExportFormat, ViewExportFormatInfo>> = Object.freeze(
  {
    svg: {
      label: "Image (SVG)",
      contentType: "image/svg+xml; charset=utf-8",
      suffix: ".svg",
      needsLayout: true,
      needsAnalysis: false,
    },
    "cycles-csv": {
      label: "Loops table (CSV)",
      contentType: "text/csv; charset=utf-8",
      suffix: "-loops.csv",
      needsLayout: false,
      needsAnalysis: true,
    },
    "exposure-csv": {
      label: "Exposure table (CSV)",
      contentType: "text/csv; charset=utf-8",
      suffix: "-exposure.csv",
      needsLayout: false,
      needsAnalysis: true,
    },
  },
);

export interface ViewExportInput {
  dataset: Dataset;
  inclusion: Partial<InclusionOptions>;
  /** Required by formats that need the analysis. */
  analysis?: {
    cycles: Pick<CycleReport, "cycles">;
    exposure: { entities: readonly ExposureCsvRow[] };
  };
  /** Required by formats that need a layout. */
  positions?: ReadonlyMap<string, { x: number; y: number }>;
  theme?: Theme;
  text: SceneText;
}

export function exportView(format: ViewExportFormat, input: ViewExportInput): ExportedFile {
  const info = VIEW_EXPORTS[format];
  const { dataset, analysis, positions } = input;
  const file = (body: string): ExportedFile => ({
    body,
    contentType: info.contentType,
    suffix: info.suffix,
  });
  if (format === "svg") {
    if (!positions)
      throw new InvalidOptionError("exportView: expected positions for svg, received none");
    const scene = datasetScene(
      dataset,
      positions,
      input.inclusion,
      input.theme ?? "light",
      input.text,
    );
    return file(exportSvg(scene));
  }
  if (!analysis)
    throw new InvalidOptionError(`exportView: expected the analysis for ${format}, received none`);
  if (format === "cycles-csv") {
    return file(exportCyclesCsv(dataset, analysis.cycles.cycles));
  }
  return file(exportExposureCsv(dataset, analysis.exposure.entities));
}

/** Where the bundled data comes from, for the credit line. */
export const BUNDLED_SOURCE = "data/deals.json";
