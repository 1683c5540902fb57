// Four projects. `unit` (npm run test:unit): unit, property and API tests, no browser, no Python,
// no 20,000-entity runs, no spawned processes — the loop while developing. `slow`: those
// (`*.scale|python|process.test.ts`) and the Python cross-checks. `e2e`: the viewer in Chromium,
// after building it when stale, with one Chromium for the run. `npm test` runs these three.
// `external` (npm run test:external, opt-in): checks against material we may not commit (NEVA's
// code, the GEXF 1.3 XSD); they fail, saying what is missing, rather than skip.

import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const SLOW = ["test/**/*.{scale,python,process}.test.ts", "test/cross-check/**/*.test.ts"];
const E2E = ["test/e2e/**/*.test.ts"];
const EXTERNAL = ["test/**/*.external.test.ts"];

export default defineConfig({
  resolve: {
    alias: { "@engine": fileURLToPath(new URL("./server/analysis/index.ts", import.meta.url)) },
  },
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: [...SLOW, ...E2E, ...EXTERNAL],
          // The analysis worker bundled once per run (worker-thread tests start dozens of them).
          globalSetup: ["test/unit-setup.ts"],
          setupFiles: ["test/use-worker-bundle.ts"],
          // The unit files share no global state: one module graph per worker, not per file.
          isolate: false,
          pool: "threads",
          // Both cores (vitest's default leaves one free: a single test thread on our machines).
          maxWorkers: 2,
          // Its own group, first: vitest runs projects of one group in one pool, which must agree
          // on maxWorkers; slow and e2e keep the default and follow in the next group.
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { name: "slow", include: SLOW, exclude: EXTERNAL, sequence: { groupOrder: 1 } },
      },
      { extends: true, test: { name: "external", include: EXTERNAL, sequence: { groupOrder: 1 } } },
      {
        extends: true,
        test: {
          name: "e2e",
          include: E2E,
          globalSetup: ["test/global-setup.ts"],
          // The files share one Chromium (the global setup's) and, in one worker, one module graph:
          // each file imports the engine and the server once per run, not once per file.
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
