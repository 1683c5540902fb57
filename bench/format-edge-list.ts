// The edge list the Python peers read: the pairs of W (SPEC §2: included deals, parallel deals
// collapsed, self-loops dropped), so every peer sees exactly the simple digraph Roundtrip analyses.

import { buildFinancingGraph } from "../server/analysis/build-financing-graph.js";
import { computeFlowMatrix } from "../server/analysis/flow-matrix.js";
import type { Dataset } from "../server/analysis/types.js";

/**
 * Text: a header line `n m`, then one line `i j w` per pair, where i and j are entity indices in
 * id order (the rows of W) and w = W[i][j] in the shortest form that reads back to the same double.
 */
export function formatEdgeList(dataset: Dataset): string {
  const w = computeFlowMatrix(buildFinancingGraph(dataset));
  const lines: string[] = [`${w.n} ${w.targets.length}`];
  for (let i = 0; i < w.n; i++) {
    for (let e = w.offsets[i]!; e < w.offsets[i + 1]!; e++) {
      lines.push(`${i} ${w.targets[e]!} ${w.weights[e]!}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
