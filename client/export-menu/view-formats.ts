// The viewer's writers of the Export menu's drawn formats (the export-format table's menu rows that
// are not the dataset alone): the picture as SVG or as a print-ready PNG (2× or 3× the canvas, with
// title, legend, date/filter lines and credit drawn in), and the loops and exposure tables as CSV —
// all of the current view. Writers load on first use.

import type Sigma from "sigma";
import type { ExposureCsvRow } from "../../server/dataset/export-exposure-csv.js";
import { exportFormatRow, type MenuDrawnFormat } from "../../server/dataset/export-formats.js";
import type { DatasetSource } from "../dataset-source.js";
import { formatCount } from "../format.js";
import type { DisplayEdge, DisplayNode } from "../graph-view/build-display-graph.js";
import type { ViewModel } from "../view-model.js";
import type { PngScale } from "./svg-to-png.js";

type Download = (name: string, content: string | Uint8Array | Blob, type: string) => void;

/** Each writer saves its file under the name it is given. */
export type DrawnWriters = Readonly<Record<MenuDrawnFormat, (fileName: string) => Promise<void>>>;

export function drawnWriters(
  model: ViewModel,
  renderer: Sigma<DisplayNode, DisplayEdge>,
  source: () => DatasetSource,
  download: Download,
  notify: (text: string) => void = () => {},
): DrawnWriters {
  const type = (format: MenuDrawnFormat) => exportFormatRow(format).mediaType;
  const svg = async () => {
    const [{ rendererScene }, { exportSvg }] = await Promise.all([
      import("./renderer-scene.js"),
      import("../../server/dataset/export-svg.js"),
    ]);
    // As wide as the canvas on screen, so the PNG scales are "2× / 3× what you see".
    const width = Math.max(800, Math.round(renderer.getContainer().clientWidth));
    return exportSvg(rendererScene(renderer, model, source()), { width });
  };
  const png = (scale: PngScale, format: MenuDrawnFormat) => async (name: string) => {
    const { svgToPng } = await import("./svg-to-png.js");
    download(name, await svgToPng(await svg(), scale), type(format));
  };
  return {
    svg: async (name) => download(name, await svg(), type("svg")),
    png: png(2, "png"),
    "png-3x": png(3, "png-3x"),
    "cycles-csv": async (name) => {
      const { exportCyclesCsv } = await import("../../server/dataset/export-cycles-csv.js");
      const { cycles } = model.getAnalysis().cycles;
      download(name, exportCyclesCsv(model.dataset, cycles), type("cycles-csv"));
    },
    "exposure-csv": async (name) => {
      const [{ exportExposureCsv }, complete] = await Promise.all([
        import("../../server/dataset/export-exposure-csv.js"),
        import("./complete-max-round-trips.js"),
      ]);
      const exposure = model.getAnalysis().exposure;
      if (exposure === null) throw new Error("The exposure figures are still being computed.");
      let rows: readonly ExposureCsvRow[] = exposure.entities;
      const missing = complete.missingMaxRoundTrips(rows);
      if (missing > 0) {
        // Large networks leave the max round-trip to be computed on demand: solve it now.
        const { timeBudgetMs, noticeAfterMs } = complete.EXPORT_MAX_ROUND_TRIPS_DEFAULTS;
        const seconds = Math.round(timeBudgetMs / 1000);
        const slow = setTimeout(
          () =>
            notify(
              `Computing the max round-trip of ${formatCount(missing)} entities for the table (at most ${seconds} s)…`,
            ),
          noticeAfterMs,
        );
        try {
          const answer = await complete.requestMaxRoundTrips(model, timeBudgetMs);
          rows = complete.fillMaxRoundTrips(rows, answer.rows);
        } finally {
          clearTimeout(slow);
        }
        const left = complete.missingMaxRoundTrips(rows);
        if (left > 0) {
          notify(
            `The max round-trip of ${formatCount(left)} of ${formatCount(rows.length)} entities was not computed within ${seconds} s: those cells of the exposure table are empty.`,
          );
        }
      }
      download(name, exportExposureCsv(model.dataset, rows), type("exposure-csv"));
    },
  };
}
