// The trend line (SPEC §7): the full quarterly history of the curated dataset in both views, timed
// in node (the viewer computes the same engine call in the browser). A benchmark, not a test:
// `npx tsx bench/bench-history.ts [runs]` prints the median and range of whole computeHistory
// calls after a warm-up, for each step.

import { performance } from "node:perf_hooks";
import { computeHistory } from "../server/analysis/compute-history.js";
import type { HistoryStep } from "../server/analysis/period-ends.js";
import { loadDataset } from "../server/dataset/load-dataset.js";
import { summarizeSamples } from "./summarize-samples.js";

const runs = Number(process.argv[2] ?? 30);
const { dataset } = await loadDataset();
for (const step of ["quarter", "month", "year"] as HistoryStep[]) {
  // Warm-up: the JIT, and the first allocation of every typed array.
  for (let k = 0; k < 3; k++) computeHistory(dataset, { step });
  const samples: number[] = [];
  let points = 0;
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    const history = computeHistory(dataset, { step });
    samples.push(performance.now() - start);
    points = history.points.length;
  }
  const s = summarizeSamples(samples);
  console.log(
    `${step}: ${points} points × 2 views, ${dataset.deals.length} deals — median ${s.median.toFixed(1)} ms (min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)}) (${runs} runs)`,
  );
}
