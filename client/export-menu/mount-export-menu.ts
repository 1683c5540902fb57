// Export: a PNG of the current view, and the current (filtered) dataset as JSON, CSV (zip of
// nodes and edges), GEXF or GraphML, built in the browser. The writers (XML, zip, CSV, image) are
// loaded on first use, so they cost nothing before the first frame.

import type Sigma from "sigma";
import type { GexfVisual } from "../../server/dataset/export-gexf.js";
import { exportJson } from "../../server/dataset/export-json.js";
import { el } from "../dom.js";
import type { DisplayEdge, DisplayNode } from "../graph-view/build-display-graph.js";
import { canvasColors, dealColor, kindColor } from "../palette.js";
import type { ViewModel } from "../view-model.js";
import { filteredDataset } from "./filtered-dataset.js";

/** Save bytes or text as a file through a temporary object URL. */
export function downloadFile(name: string, content: string | Uint8Array, type: string): void {
  const part: BlobPart = typeof content === "string" ? content : new Uint8Array(content);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const anchor = el("a", { attrs: { href: url, download: name } });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

interface Format {
  id: string;
  label: string;
  hint: string;
  run(): void | Promise<void>;
}

export function mountExportMenu(
  container: HTMLElement,
  model: ViewModel,
  renderer: Sigma<DisplayNode, DisplayEdge>,
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
    {
      id: "png",
      label: "Image (PNG)",
      hint: "The network as shown",
      run: async () => {
        const { downloadAsPNG } = await import("@sigma/export-image");
        // NOTE: export-image is typed for untyped attributes; it only reads the renderer's settings.
        await downloadAsPNG(renderer as unknown as Sigma, {
          fileName: stem(),
          backgroundColor: canvasColors(model.getState().theme).background,
        });
      },
    },
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
              await format.run();
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
