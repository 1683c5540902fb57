// Export: the menu rows of the export-format table — the current view as SVG or a print-ready PNG,
// its loops and exposure tables (view-formats), the current (filtered) dataset as JSON, CSV, GEXF,
// GraphML or Neo4j, built in the browser — and the embed code. The writers are loaded on first
// use, so they cost nothing before the first frame.

import type Sigma from "sigma";
import {
  EXPORT_FORMAT_TABLE,
  type ExportFormatName,
  exportFileName,
} from "../../server/dataset/export-formats.js";
import type { GexfVisual } from "../../server/dataset/export-gexf.js";
import { dealColor, kindColor } from "../../shared/palette.js";
import { BUNDLED, type DatasetSource } from "../dataset-source.js";
import { el } from "../dom.js";
import type { DisplayEdge, DisplayNode } from "../graph-view/build-display-graph.js";
import type { ViewModel } from "../view-model.js";
import { filteredDataset } from "./filtered-dataset.js";
import { wireMenuButton } from "./menu-button.js";
import { drawnWriters } from "./view-formats.js";

type MenuRow = (typeof EXPORT_FORMAT_TABLE)[number] & { menu: true };

/** Save bytes or text as a file through a temporary object URL. */
export function downloadFile(
  name: string,
  content: string | Uint8Array | Blob,
  type: string,
): void {
  const part: BlobPart =
    typeof content === "string" || content instanceof Blob ? content : new Uint8Array(content);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const anchor = el("a", { attrs: { href: url, download: name } });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A menu item: a row of the export-format table, or the embed dialog. */
interface MenuItem {
  id: string;
  label: string;
  hint: string;
  run(): Promise<void>;
}

export function mountExportMenu(
  container: HTMLElement,
  model: ViewModel,
  renderer: Sigma<DisplayNode, DisplayEdge>,
  source: () => DatasetSource = () => BUNDLED,
  toast: (text: string) => void = () => {},
): () => void {
  const fileName = (format: ExportFormatName) =>
    exportFileName(format, { asOf: model.getState().asOf });
  // Gephi opens the GEXF with the viewer's layout, palette (of the current theme) and node sizes.
  const gexfVisual = (): GexfVisual => {
    const graph = renderer.getGraph();
    const theme = model.getState().theme;
    const positions = new Map<string, { x: number; y: number }>();
    graph.forEachNode((id, attributes) => positions.set(id, { x: attributes.x, y: attributes.y }));
    return {
      positions,
      nodeColor: (entity) => kindColor(entity.kind, theme),
      nodeSize: (entity) =>
        graph.hasNode(entity.id) ? (renderer.getNodeDisplayData(entity.id)?.size ?? 1) : 1,
      edgeColor: (deal) => dealColor(deal.type, theme),
    };
  };
  const drawn = drawnWriters(model, renderer, source, downloadFile, toast);
  const write = async (row: MenuRow) => {
    const name = fileName(row.name);
    if (row.source !== "dataset") {
      await drawn[row.name](name);
      return;
    }
    // The dataset writers (XML, zip, CSV) load on first use.
    const { exportDataset } = await import("../../server/dataset/export-dataset.js");
    const dataset = filteredDataset(model.dataset, model.getAnalysis());
    const file = exportDataset(dataset, row.name, row.name === "gexf" ? gexfVisual() : {});
    downloadFile(name, file.body, file.contentType);
  };
  const formats: MenuItem[] = [
    ...EXPORT_FORMAT_TABLE.filter((row): row is MenuRow => row.menu).map((row) => ({
      id: row.name,
      label: row.label,
      hint: row.hint,
      run: () => write(row),
    })),
    {
      id: "embed",
      label: "Embed…",
      hint: "<iframe> code for this view",
      run: async () => {
        const { openEmbedDialog } = await import("./open-embed-dialog.js");
        openEmbedDialog(source(), "Roundtrip: circular financing in AI", toast);
      },
    },
  ];
  const details = el("details", { className: "menu" });
  const summary = el("summary", {
    className: "tool-button",
    text: "Export",
    attrs: { "aria-label": "Export the current view" },
  });
  const list = el("div", { className: "menu-list", attrs: { role: "menu" } }, [
    el("p", { className: "menu-note", text: "Filtered data as shown" }),
    ...formats.map((format) =>
      el(
        "button",
        {
          className: "menu-item",
          attrs: { type: "button", role: "menuitem", "data-format": format.id },
          on: {
            click: async () => {
              details.open = false;
              try {
                await format.run();
              } catch (error) {
                toast(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
              }
            },
          },
        },
        [el("span", { text: format.label }), el("span", { className: "muted", text: format.hint })],
      ),
    ),
  ]);
  details.append(summary, list);
  container.replaceChildren(details);
  const unwire = wireMenuButton(details, summary, list);
  const close = (event: MouseEvent) => {
    if (details.open && event.target instanceof Node && !details.contains(event.target))
      details.open = false;
  };
  document.addEventListener("click", close);
  return () => {
    unwire();
    document.removeEventListener("click", close);
  };
}
