// Stress scenarios: linear DebtRank of the engine against NEVA (github marcobardoscia/neva, pure
// Python) on the same random systems (bench/generate-stress-system.ts), in interleaved rounds. Both
// sides time the propagation only (the fixed-point iteration), in-process; the engine's whole
// runScenario (graph, exposure rows, capital, propagation) is timed beside it for context.
// NEVA is looked for where the cross-check looks (NEVA_PATH, or .peers/); without it, skipped.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { buildFinancingGraph } from "../server/analysis/build-financing-graph.js";
import { linearDebtRank } from "../server/analysis/linear-debt-rank.js";
import { runScenario } from "../server/analysis/run-scenario.js";
import { SCENARIO_DEFAULTS } from "../server/analysis/scenario-options.js";
import { PATHS } from "./bench-paths.js";
import {
  generateStressSystem,
  type StressSystem,
  stressEntityId,
  stressSystemDataset,
} from "./generate-stress-system.js";
import { type SampleSummary, summarizeSamples } from "./summarize-samples.js";

export interface StressBenchResult {
  n: number;
  exposures: number;
  runs: number;
  /** Rounds the engine's DebtRank took (NEVA's, counted its way, beside it). */
  rounds: number;
  nevaRounds: number;
  engineMs: SampleSummary;
  engineScenarioMs: SampleSummary;
  nevaMs: SampleSummary;
  /** Largest |engine − NEVA| relative loss over all entities. */
  maxAbsoluteDifference: number;
}

export const NEVA_DIR = process.env.NEVA_PATH ?? join(PATHS.root, ".peers");
export const hasNeva = () => existsSync(join(NEVA_DIR, "neva", "ibeval.py"));

function propagationSystem(system: StressSystem) {
  const n = system.capital.length;
  const offsets = new Int32Array(n + 1);
  for (const [x] of system.rows) offsets[x + 1]!++;
  for (let x = 0; x < n; x++) offsets[x + 1]! += offsets[x]!;
  return {
    n,
    offsets,
    columns: Int32Array.from(system.rows.map((row) => row[1])),
    amountUsd: Float64Array.from(system.rows.map((row) => row[2])),
    capitalUsd: Float64Array.from(system.capital),
  };
}

export async function benchStress(
  n: number,
  runs: number,
  log: (line: string) => void,
): Promise<StressBenchResult> {
  const system = generateStressSystem(n, 4 * n, 7);
  const jobPath = `${PATHS.raw}stress-${n}.json`;
  await writeFile(
    jobPath,
    JSON.stringify([{ name: "bench", model: "debtrank", recovery: 0, ...system }]),
  );
  log(`stress (linear DebtRank): n = ${n}, ${system.rows.length} exposures, ${runs} rounds`);
  const prepared = propagationSystem(system);
  const shock = Float64Array.from(system.shock);
  const bounds = { tolerance: SCENARIO_DEFAULTS.tolerance, maxRounds: SCENARIO_DEFAULTS.maxRounds };
  const dataset = stressSystemDataset(system);
  const shocks = system.shock.flatMap((s, x) =>
    s > 0 ? [{ id: stressEntityId(x), shock: s }] : [],
  );
  const engine: number[] = [];
  const scenario: number[] = [];
  const neva: number[] = [];
  let ours = linearDebtRank(prepared, shock, bounds);
  let theirs: { relativeLoss: number[]; rounds: number } = { relativeLoss: [], rounds: 0 };
  for (let round = 0; round < runs; round++) {
    const start = performance.now();
    ours = linearDebtRank(prepared, shock, bounds);
    engine.push(performance.now() - start);
    const whole = performance.now();
    runScenario(buildFinancingGraph(dataset), { shocks });
    scenario.push(performance.now() - whole);
    const run = spawnSync(
      "python3",
      [`${PATHS.root}test/cross-check/py/neva_stress.py`, NEVA_DIR, jobPath],
      { encoding: "utf8", maxBuffer: 1 << 28 },
    );
    if (run.status !== 0) throw new Error(`benchStress: NEVA failed: ${run.stderr}`);
    const answer = JSON.parse(run.stdout).bench as {
      relativeLoss: number[];
      rounds: number;
      seconds: number[];
    };
    neva.push(answer.seconds[0]! * 1000);
    theirs = answer;
  }
  let largest = 0;
  ours.relativeLoss.forEach((h, x) => {
    largest = Math.max(largest, Math.abs(h - theirs.relativeLoss[x]!));
  });
  const result: StressBenchResult = {
    n,
    exposures: system.rows.length,
    runs,
    rounds: ours.rounds,
    nevaRounds: theirs.rounds,
    engineMs: summarizeSamples(engine),
    engineScenarioMs: summarizeSamples(scenario),
    nevaMs: summarizeSamples(neva),
    maxAbsoluteDifference: largest,
  };
  log(
    `  engine ${result.engineMs.median.toFixed(2)} ms (runScenario ${result.engineScenarioMs.median.toFixed(1)} ms), NEVA ${result.nevaMs.median.toFixed(1)} ms, max |Δ| ${largest.toExponential(1)}`,
  );
  return result;
}
