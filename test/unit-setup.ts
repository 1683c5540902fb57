// The unit project's global setup: bundle the analysis worker once per run (esbuild, as
// scripts/build-server.js does for dist/server) for spawnAnalysisWorker to start (see
// use-worker-bundle.ts), rather than every worker of every test compiling the engine through tsx.

import { rm } from "node:fs/promises";
import { resolve } from "node:path";
import { build } from "esbuild";
import type { TestProject } from "vitest/node";
import { NODE_BUNDLE } from "./node-bundle.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The analysis worker bundled for this run (absolute path). */
    workerBundle: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Inside node_modules, so that the bundle's bare imports resolve to the project's packages; one
  // directory per run, so that runs side by side (watch mode, two terminals) never share a file.
  const dir = resolve(`node_modules/.cache/roundtrip-unit/${process.pid}`);
  const outfile = `${dir}/analysis-worker.js`;
  await build({
    entryPoints: ["server/api/analysis-worker.ts"],
    outfile,
    ...NODE_BUNDLE,
  });
  project.provide("workerBundle", outfile);
  return () => rm(dir, { recursive: true, force: true });
}
