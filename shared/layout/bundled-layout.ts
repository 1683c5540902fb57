// A layout computed at build time for the bundled dataset (scripts/bundle-layout.ts writes it
// beside the viewer as bundled-layout.json), so the first visit skips ForceAtlas2, noverlap and
// the label pass. It is used only for the graph it was computed from: its key is everything
// computeLayout reads (options, ids, names, endpoints, amounts, types), compared in full.

import { compareIds, type FinancingGraph } from "@engine";
import { LAYOUT_DEFAULTS, type Positions } from "./compute-layout.js";

export interface BundledLayout {
  key: string;
  /** [entity id, x, y] in entity id order. */
  positions: [string, number, number][];
}

/** Everything computeLayout (with its defaults) depends on, as one string. */
export function layoutKey(graph: FinancingGraph): string {
  const nodes = graph
    .nodes()
    .sort(compareIds)
    .map((id) => [id, graph.getNodeAttribute(id, "name")]);
  const edges = graph
    .edges()
    .sort(compareIds)
    .map((key) => {
      const deal = graph.getEdgeAttributes(key);
      return [key, graph.source(key), graph.target(key), deal.amountUsd, deal.type];
    });
  return JSON.stringify({ options: LAYOUT_DEFAULTS, nodes, edges });
}

/** The bundled layout for this graph, or null when there is none or it was made for another. */
export function bundledPositions(graph: FinancingGraph, bundled: unknown): Positions | null {
  if (!isBundledLayout(bundled) || bundled.positions.length !== graph.order) return null;
  if (bundled.key !== layoutKey(graph)) return null;
  return new Map(bundled.positions.map(([id, x, y]) => [id, { x, y }]));
}

/** The file's shape, checked: it is fetched, so it is treated as untrusted input. */
function isBundledLayout(value: unknown): value is BundledLayout {
  if (typeof value !== "object" || value === null) return false;
  const { key, positions } = value as Record<string, unknown>;
  return (
    typeof key === "string" &&
    Array.isArray(positions) &&
    positions.every(
      (row) =>
        Array.isArray(row) &&
        row.length === 3 &&
        typeof row[0] === "string" &&
        Number.isFinite(row[1]) &&
        Number.isFinite(row[2]),
    )
  );
}

/** The file's contents for a graph: what scripts/bundle-layout.ts writes. */
export function bundleLayout(graph: FinancingGraph, positions: Positions): BundledLayout {
  return {
    key: layoutKey(graph),
    positions: [...positions.entries()]
      .sort(([a], [b]) => compareIds(a, b))
      .map(([id, { x, y }]) => [id, x, y]),
  };
}
