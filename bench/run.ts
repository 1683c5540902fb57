// `npm run bench [-- --quick] [-- --only cycles,scaling,exposure,stress,api,viewer,load]`: every
// benchmark of issue 6 in one sitting, and the hostile load of issue 16 (`load`); writes bench/results/latest.{json,md} and the charts in docs/
// (a --quick run writes to bench/results/raw/ only).

import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { benchApi } from "./bench-api.js";
import { benchCycleRegime } from "./bench-cycles.js";
import { benchOneShare, benchShares } from "./bench-exposure.js";
import { benchHostileLoad } from "./bench-hostile-load.js";
import { PATHS } from "./bench-paths.js";
import { FULL_PLAN, QUICK_PLAN } from "./bench-plan.js";
import type { BenchResults } from "./bench-results.js";
import { benchStress, hasNeva, NEVA_DIR } from "./bench-stress.js";
import { benchViewer } from "./bench-viewer.js";
import { describeMachine, ensurePeers } from "./ensure-peers.js";
import { formatResults } from "./format-results.js";
import { renderCharts } from "./render-charts.js";

const SECTIONS = ["cycles", "scaling", "exposure", "stress", "api", "viewer", "load"] as const;
type Section = (typeof SECTIONS)[number];

function parseArgs(argv: string[]): { quick: boolean; only: Set<Section> } {
  const quick = argv.includes("--quick");
  const onlyIndex = argv.indexOf("--only");
  const only = new Set<Section>(SECTIONS);
  if (onlyIndex >= 0) {
    only.clear();
    for (const name of (argv[onlyIndex + 1] ?? "").split(",")) {
      if (!(SECTIONS as readonly string[]).includes(name)) {
        throw new Error(
          `bench: unknown section ${JSON.stringify(name)}; expected ${SECTIONS.join(", ")}`,
        );
      }
      only.add(name as Section);
    }
  }
  return { quick, only };
}

const log = (line: string) => process.stdout.write(`${line}\n`);

/** A partial run (--only) updates its sections of latest.json and keeps the others. */
async function keepOtherSections(results: BenchResults, only: Set<Section>): Promise<void> {
  const path = `${PATHS.results}latest.json`;
  if (!existsSync(path)) return;
  const previous = JSON.parse(await readFile(path, "utf8")) as BenchResults;
  if (!only.has("cycles")) results.cycles = previous.cycles;
  if (!only.has("scaling")) results.cycleScaling = previous.cycleScaling;
  if (!only.has("exposure")) {
    results.shares = previous.shares;
    results.oneShare = previous.oneShare;
  }
  if (!only.has("stress")) results.stress = previous.stress ?? [];
  if (!only.has("api")) results.api = previous.api;
  if (!only.has("viewer")) results.viewer = previous.viewer;
  if (!only.has("load")) results.load = previous.load ?? null;
  results.startedAt = `${previous.startedAt} (updated ${results.startedAt}: ${[...only].join(", ")})`;
}

async function main(): Promise<number> {
  const { quick, only } = parseArgs(process.argv.slice(2));
  const plan = quick ? QUICK_PLAN : FULL_PLAN;
  const started = Date.now();
  await ensurePeers(log);
  const results: BenchResults = {
    startedAt: new Date(started).toISOString(),
    finishedAt: "",
    quick,
    machine: describeMachine(),
    cycles: [],
    cycleScaling: [],
    shares: [],
    oneShare: null,
    stress: [],
    api: null,
    viewer: null,
    load: null,
    skipped: {},
  };
  log(`machine: ${JSON.stringify(results.machine)}`);
  if (only.has("cycles")) {
    for (const regime of plan.cycles) results.cycles.push(await benchCycleRegime(regime, log));
  }
  if (only.has("scaling")) {
    const { n: sizes, runs, networkxTimeoutMs, networkxMaxN } = plan.cycleScaling;
    for (const n of sizes) {
      const regime = {
        name: `scaling n=${n}`,
        spec: { shape: "random" as const, n, m: 4 * n, seed: 1 },
        maxLength: 6,
        runs,
        // networkx past a few thousand entities only ever times out: one lower bound is enough.
        networkxTimeoutMs: n <= networkxMaxN ? networkxTimeoutMs : null,
        networkxRuns: 1,
      };
      results.cycleScaling.push(await benchCycleRegime(regime, log));
    }
  }
  if (only.has("exposure")) {
    for (const { spec, runs } of plan.shares)
      results.shares.push(await benchShares(spec, runs, log, 150_000));
    const { spec, runs } = plan.oneShare;
    results.oneShare = await benchOneShare(spec, runs, log);
  }
  if (only.has("stress")) {
    if (hasNeva()) {
      for (const { n, runs } of plan.stress) results.stress.push(await benchStress(n, runs, log));
    } else results.skipped.stress = `NEVA not found in ${NEVA_DIR} (set NEVA_PATH)`;
  }
  if (only.has("api")) {
    if (existsSync(`${PATHS.root}data/deals.json`)) {
      log("api");
      results.api = await benchApi(plan.api, log);
    } else results.skipped.api = "data/deals.json is missing";
  }
  if (only.has("viewer")) {
    if (!existsSync(`${PATHS.root}dist/client-test/index.html`)) {
      log("building the viewer with its test hook (npm run build:test-client)");
      const { execFileSync } = await import("node:child_process");
      execFileSync("npm", ["run", "--silent", "build:test-client"], {
        cwd: PATHS.root,
        stdio: "inherit",
      });
    }
    if (existsSync("/usr/bin/chromium")) {
      log("viewer");
      results.viewer = await benchViewer(plan.viewer, log);
    } else results.skipped.viewer = "/usr/bin/chromium is not installed";
  }
  if (only.has("load")) results.load = await benchHostileLoad(plan.loadSeconds * 1000, log);
  results.finishedAt = new Date().toISOString();
  if (!quick && only.size < SECTIONS.length) await keepOtherSections(results, only);
  const dir = quick ? PATHS.raw : PATHS.results;
  await mkdir(dir, { recursive: true });
  const stem = quick ? "quick" : "latest";
  await writeFile(`${dir}${stem}.json`, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(`${dir}${stem}.md`, formatResults(results));
  if (!quick) {
    for (const [name, svg] of Object.entries(renderCharts(results))) {
      await writeFile(`${PATHS.docs}${name}`, svg);
    }
  }
  log(`\n${formatResults(results)}`);
  log(`wrote ${dir}${stem}.md in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const mismatch =
    results.cycles.some((r) => !r.countsAgree) ||
    results.cycleScaling.some((r) => !r.countsAgree) ||
    results.shares.some((s) => s.compared && !s.agree);
  if (mismatch) log("FAILED: a peer disagrees with Roundtrip (see above)");
  return mismatch ? 1 : 0;
}

process.exitCode = await main();
