// Export: the current view as SVG or a print-ready PNG, its loops and exposure tables, the current
// (filtered) dataset as JSON, CSV (zip of nodes and edges), GEXF or GraphML, built in the browser,
// and the embed code. The writers (XML, zip, CSV, image) are loaded on first use, so they cost
// nothing before the first frame.

import type Sigma from "sigma";
import type { GexfVisual } from "../../server/dataset/export-gexf.js";
import { exportJson } from "../../server/dataset/export-json.js";
import { BUNDLED, type DatasetSource } from "../dataset-source.js";
import { el } from "../dom.js";
import type { DisplayEdge, DisplayNode } from "../graph-view/build-display-graph.js";
import { dealColor, kindColor } from "../palette.js";
import type { ViewModel } from "../view-model.js";
import { filteredDataset } from "./filtered-dataset.js";
import { type ExportItem, viewFormats } from "./view-formats.js";

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

type Format = ExportItem;

export function mountExportMenu(
  container: HTMLElement,
  model: ViewModel,
  renderer: Sigma<DisplayNode, DisplayEdge>,
  source: () => DatasetSource = () => BUNDLED,
  toast: (text: string) => void = () => {},
): () => void {
  const stem = () => `roundtrip${model.getState().asOf ? `-${model.getState().asOf}` : ""}`;
  const current = () => filteredDataset(model.dataset, model.getAnalysis());
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
  const formats: Format[] = [
    ...viewFormats(model, renderer, source, stem, downloadFile),
    {
      id: "json",
      label: "JSON",
      hint: "Canonical dataset",
      run: () => downloadFile(`${stem()}.json`, exportJson(current()), "application/json"),
    },
    {
      id: "csv",
      label: "CSV (zip)",
      hint: "nodes.csv + edges.csv",
      run: async () => {
        const { exportCsv } = await import("../../server/dataset/export-csv.js");
        downloadFile(`${stem()}-csv.zip`, exportCsv(current()), "application/zip");
      },
    },
    {
      id: "gexf",
      label: "GEXF",
      hint: "Gephi",
      run: async () => {
        const { exportGexf } = await import("../../server/dataset/export-gexf.js");
        downloadFile(`${stem()}.gexf`, exportGexf(current(), gexfVisual()), "application/gexf+xml");
      },
    },
    {
      id: "graphml",
      label: "GraphML",
      hint: "yEd, networkx, igraph",
      run: async () => {
        const { exportGraphml } = await import("../../server/dataset/export-graphml.js");
        downloadFile(`${stem()}.graphml`, exportGraphml(current()), "application/graphml+xml");
      },
    },
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
  const close = (event: MouseEvent) => {
    if (details.open && event.target instanceof Node && !details.contains(event.target))
      details.open = false;
  };
  document.addEventListener("click", close);
  return () => document.removeEventListener("click", close);
}
