// After `vite build`: lay out the bundled dataset once and write bundled-layout.json beside the
// built viewer (dist/client, or the directory given: `tsx scripts/bundle-layout.ts dist/client-test`),
// which the viewer uses on a first visit instead of computing the same layout in the browser
// (shared/layout/bundled-layout.ts checks it was made for the dataset it receives).

import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildFinancingGraph } from "../server/analysis/build-financing-graph.js";
import { loadDataset } from "../server/dataset/load-dataset.js";
import { bundleLayout } from "../shared/layout/bundled-layout.js";
import { computeLayout } from "../shared/layout/compute-layout.js";

const { dataset } = await loadDataset();
const graph = buildFinancingGraph(dataset);
const root = fileURLToPath(new URL("..", import.meta.url));
const target = resolve(root, process.argv[2] ?? "dist/client", "bundled-layout.json");
await writeFile(target, JSON.stringify(bundleLayout(graph, computeLayout(graph))));
