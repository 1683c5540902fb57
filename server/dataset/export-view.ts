// Exports of a view rather than of the data: the picture (SVG) and the two analysis tables (loops,
// exposure) under inclusion options. Their rows of the export-format table say what each needs —
// the analysis, a layout — so the API, the CLI and the viewer each supply it their way.

import type { Theme } from "../../shared/palette.js";
import { InvalidOptionError } from "../analysis/errors.js";
import type { CycleReport } from "../analysis/find-cycles.js";
import type { InclusionOptions } from "../analysis/inclusion.js";
import type { Dataset } from "../analysis/types.js";
import { exportCyclesCsv } from "./export-cycles-csv.js";
import type { ExportedFile } from "./export-dataset.js";
import { type ExposureCsvRow, exportExposureCsv } from "./export-exposure-csv.js";
import { exportFormatRow, type ViewExportFormat } from "./export-formats.js";
import { exportSvg } from "./export-svg.js";
import { datasetScene, type SceneText } from "./svg-scene.js";

export { VIEW_EXPORT_FORMATS, type ViewExportFormat } from "./export-formats.js";

export const THEMES = ["light", "dark"] as const satisfies readonly Theme[];

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
  const info = exportFormatRow(format);
  const { dataset, analysis, positions } = input;
  const file = (body: string): ExportedFile => ({
    body,
    contentType: info.mediaType,
    suffix: info.extension,
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

/** The bundled data's licence (data/README.md, "Licence"): the credit line names it. */
export const BUNDLED_LICENCE = "CC BY 4.0";

/** The credit of a picture: the bundled data with its licence, any other source by its name. */
export function creditText(source: string): { source: string; licence: string | null } {
  return { source, licence: source === BUNDLED_SOURCE ? BUNDLED_LICENCE : null };
}
