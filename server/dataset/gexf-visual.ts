// The picture a GEXF carries when it leaves the API or the CLI (the viewer sends its own): the
// viewer's layout, its palette in a theme, and node sizes by deal throughput as the viewer sizes them.

import { nodeSize } from "../../shared/node-size.js";
import { dealColor, kindColor, type Theme } from "../../shared/palette.js";
import type { Dataset } from "../analysis/types.js";
import type { GexfVisual } from "./export-gexf.js";

export function gexfVisual(
  dataset: Dataset,
  positions: ReadonlyMap<string, { x: number; y: number }>,
  theme: Theme = "light",
): GexfVisual {
  // max(in, out) of every deal's amount (undisclosed as 0), the throughput the viewer sizes by.
  const inflow = new Map<string, number>();
  const outflow = new Map<string, number>();
  for (const deal of dataset.deals) {
    if (deal.from === deal.to) continue;
    const amount = deal.amountUsd ?? 0;
    outflow.set(deal.from, (outflow.get(deal.from) ?? 0) + amount);
    inflow.set(deal.to, (inflow.get(deal.to) ?? 0) + amount);
  }
  const throughput = (id: string) => Math.max(inflow.get(id) ?? 0, outflow.get(id) ?? 0);
  let reference = 0;
  for (const entity of dataset.entities) reference = Math.max(reference, throughput(entity.id));
  return {
    positions,
    nodeColor: (entity) => kindColor(entity.kind, theme),
    nodeSize: (entity) => nodeSize(throughput(entity.id), reference),
    edgeColor: (deal) => dealColor(deal.type, theme),
  };
}
