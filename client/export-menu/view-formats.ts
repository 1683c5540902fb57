// The Export menu's view items: the picture as SVG or as a print-ready PNG (2× or 3× the canvas,
// with title, legend, date/filter lines and credit drawn in), and the loops and exposure tables as
// CSV — all of the current view. Writers load on first use.

import type Sigma from "sigma";
import type { DatasetSource } from "../dataset-source.js";
import type { DisplayEdge, DisplayNode } from "../graph-view/build-display-graph.js";
import type { ViewModel } from "../view-model.js";
import { PNG_SCALES } from "./svg-to-png.js";

export interface ExportItem {
  id: string;
  label: string;
  hint: string;
  run(): void | Promise<void>;
}

type Download = (name: string, content: string | Uint8Array | Blob, type: string) => void;

export function viewFormats(
  model: ViewModel,
  renderer: Sigma<DisplayNode, DisplayEdge>,
  source: () => DatasetSource,
  stem: () => string,
  download: Download,
): ExportItem[] {
  const svg = async () => {
    const [{ rendererScene }, { exportSvg }] = await Promise.all([
      import("./renderer-scene.js"),
      import("../../server/dataset/export-svg.js"),
    ]);
    // As wide as the canvas on screen, so the PNG scales are "2× / 3× what you see".
    const width = Math.max(800, Math.round(renderer.getContainer().clientWidth));
    return exportSvg(rendererScene(renderer, model, source()), { width });
  };
  return [
    {
      id: "svg",
      label: "Image (SVG)",
      hint: "Editable text, legend and credit",
      run: async () => download(`${stem()}.svg`, await svg(), "image/svg+xml"),
    },
    ...PNG_SCALES.map(
      (scale): ExportItem => ({
        // The 2× PNG keeps the menu's old "png" id: the print-ready image replaces the bare canvas.
        id: scale === 2 ? "png" : `png-${scale}x`,
        label: `Print image (PNG ${scale}×)`,
        hint: `${scale}× the screen, with legend and credit`,
        run: async () => {
          const { svgToPng } = await import("./svg-to-png.js");
          download(`${stem()}@${scale}x.png`, await svgToPng(await svg(), scale), "image/png");
        },
      }),
    ),
    {
      id: "cycles-csv",
      label: "Loops table (CSV)",
      hint: "One row per loop",
      run: async () => {
        const { exportCyclesCsv } = await import("../../server/dataset/export-cycles-csv.js");
        const { cycles } = model.getAnalysis().cycles;
        download(`${stem()}-loops.csv`, exportCyclesCsv(model.dataset, cycles), "text/csv");
      },
    },
    {
      id: "exposure-csv",
      label: "Exposure table (CSV)",
      hint: "One row per entity, every figure",
      run: async () => {
        const { exportExposureCsv } = await import("../../server/dataset/export-exposure-csv.js");
        const exposure = model.getAnalysis().exposure;
        if (exposure === null) throw new Error("The exposure figures are still being computed.");
        download(
          `${stem()}-exposure.csv`,
          exportExposureCsv(model.dataset, exposure.entities),
          "text/csv",
        );
      },
    },
  ];
}
