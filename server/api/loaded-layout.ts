// Entity positions of the loaded dataset for the API's SVG export: the viewer's build-time layout
// (dist/client/bundled-layout.json) when it was made for this graph, else the same computeLayout,
// run once on first use and kept.

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { bundledPositions } from "../../shared/layout/bundled-layout.js";
import { computeLayout, type Positions } from "../../shared/layout/compute-layout.js";
import { buildFinancingGraph } from "../analysis/build-financing-graph.js";
import type { Dataset } from "../analysis/types.js";

export function createLoadedLayout(dataset: Dataset, clientDir: string): () => Positions {
  let positions: Positions | null = null;
  return () => {
    if (positions !== null) return positions;
    const graph = buildFinancingGraph(dataset);
    let bundled: unknown = null;
    try {
      bundled = JSON.parse(readFileSync(resolve(clientDir, "bundled-layout.json"), "utf8"));
    } catch {
      // No build, or an unreadable file: compute the layout instead.
    }
    positions = bundledPositions(graph, bundled) ?? computeLayout(graph);
    return positions;
  };
}
