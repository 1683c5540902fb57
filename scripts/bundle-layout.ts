// After `vite build`: lay out the bundled dataset once and write dist/client/bundled-layout.json,
// which the viewer uses on a first visit instead of computing the same layout in the browser
// (shared/layout/bundled-layout.ts checks it was made for the dataset it receives).

import { writeFile } from "node:fs/promises";
import { buildFinancingGraph } from "../server/analysis/build-financing-graph.js";
import { loadDataset } from "../server/dataset/load-dataset.js";
import { bundleLayout } from "../shared/layout/bundled-layout.js";
import { computeLayout } from "../shared/layout/compute-layout.js";

const { dataset } = await loadDataset();
const graph = buildFinancingGraph(dataset);
const target = new URL("../dist/client/bundled-layout.json", import.meta.url);
await writeFile(target, JSON.stringify(bundleLayout(graph, computeLayout(graph))));
