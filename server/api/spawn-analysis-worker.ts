// Start one analysis worker thread. Built (dist/server) the worker is
// dist/server/api/analysis-worker.js; from TypeScript source (tsx) it loads analysis-worker.ts
// through tsx's loader, or the file ROUNDTRIP_WORKER_BUNDLE names (the unit tests' global setup
// bundles the worker once per run: tsx compiling it in every worker was most of their time).

import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type ResourceLimits, Worker } from "node:worker_threads";

/** What the worker reads at start (workerData). */
export interface AnalysisWorkerData {
  /** Added to the worker thread's nice value (at most 19; Linux: per thread); 0 leaves it. */
  niceness: number;
}

/**
 * `resourceLimits`: the worker's heap (a job past it ends the worker with ERR_WORKER_OUT_OF_MEMORY);
 * `niceness` > 0: a lower CPU priority for this thread (the uploads' workers), so that the event
 * loop and the loaded dataset's worker get the cores first.
 */
export function spawnAnalysisWorker(resourceLimits: ResourceLimits = {}, niceness = 0): Worker {
  const workerData: AnalysisWorkerData = { niceness };
  const here = import.meta.url;
  if (here.endsWith(".ts")) {
    const bundle = process.env.ROUNDTRIP_WORKER_BUNDLE;
    if (bundle) return new Worker(bundle, { resourceLimits, workerData });
    const tsx = createRequire(here)
      .resolve("tsx/esm/api")
      .replace(/\.cjs$/, ".mjs");
    const target = new URL("./analysis-worker.ts", here).href;
    const code = `import(${JSON.stringify(pathToFileURL(tsx).href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(target)}); });`;
    return new Worker(code, { eval: true, resourceLimits, workerData });
  }
  // Bundled into dist/server/main.js (worker beside it in api/) or run as dist/server/api/*.js.
  const candidates = [
    new URL("./api/analysis-worker.js", here),
    new URL("./analysis-worker.js", here),
  ];
  const file = candidates.find((url) => existsSync(fileURLToPath(url))) ?? candidates[0]!;
  return new Worker(file, { resourceLimits, workerData });
}
