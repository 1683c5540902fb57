// Independent cross-check of stress scenarios (SPEC §6) against NEVA (github marcobardoscia/neva,
// Bardoscia et al.; pure Python): random systems of loans between entities with book equity, run
// through runScenario and through NEVA's linear DebtRank and Furfine valuation functions
// (test/cross-check/py/neva_stress.py). NEVA is not on a registry and its code may not be committed,
// so this file is in the opt-in `external` project (`npm run test:external`), not in `npm test`: it
// looks for NEVA in NEVA_PATH (the folder holding its `neva` package) or in the git-ignored .peers/,
// and fails, naming both places, without it. `npm test` checks the same SPEC §6 figures against an
// independent oracle that needs only python3 (stress-oracle.test.ts).

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  generateStressSystem,
  type StressSystem,
  stressSystemDataset,
} from "../../bench/generate-stress-system.js";
import { buildFinancingGraph } from "../../server/analysis/build-financing-graph.js";
import { buildExposureSystem } from "../../server/analysis/exposure-system.js";
import { runScenario } from "../../server/analysis/run-scenario.js";
import { SCENARIO_DEFAULTS, type ScenarioModel } from "../../server/analysis/scenario-options.js";
import type { Dataset } from "../../server/analysis/types.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const NEVA_DIR = process.env.NEVA_PATH ?? join(ROOT, ".peers");
const DRIVER = join(ROOT, "test/cross-check/py/neva_stress.py");
const hasNeva = existsSync(join(NEVA_DIR, "neva", "ibeval.py"));

const workDir = mkdtempSync(join(tmpdir(), "roundtrip-neva-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

interface Job {
  name: string;
  model: ScenarioModel;
  recovery: number;
  system: StressSystem;
}
interface NevaAnswer {
  relativeLoss: number[];
  defaulted: boolean[];
}

function runNeva(jobs: readonly Job[]): Record<string, NevaAnswer> {
  const path = join(workDir, `jobs-${jobs[0]!.name}.json`);
  writeFileSync(path, JSON.stringify(jobs.map(({ system, ...job }) => ({ ...job, ...system }))));
  const run = spawnSync("python3", [DRIVER, NEVA_DIR, path], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(`neva_stress.py failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

function engine({ system, model, recovery }: Job) {
  return runScenario(buildFinancingGraph(stressSystemDataset(system)), {
    model,
    recovery,
    shocks: system.shock.flatMap((shock, x) =>
      shock > 0 ? [{ id: `e${String(x).padStart(4, "0")}`, shock }] : [],
    ),
  });
}

const jobs = (model: ScenarioModel, count: number, recovery: (k: number) => number): Job[] =>
  Array.from({ length: count }, (_, k) => {
    const n = 2 + (k % 39);
    return {
      name: `${model}-${k}`,
      model,
      recovery: recovery(k),
      // The cascade needs thin capital to spread: a tenth to a half of what an entity holds.
      system: generateStressSystem(
        n,
        Math.round(n * (1 + (k % 4))),
        1000 + k,
        model === "cascade" ? [0.1, 0.5] : [0.5, 3],
      ),
    };
  });

describe("stress scenarios against NEVA", () => {
  beforeAll(() => {
    if (!hasNeva) {
      throw new Error(
        `no NEVA at ${NEVA_DIR}: set NEVA_PATH to the folder holding its \`neva\` package, or unpack github marcobardoscia/neva into .peers/`,
      );
    }
  });

  it("linear DebtRank agrees with NEVA's lin_dr valuation on 200 random systems", () => {
    const batch = jobs("debtrank", 200, () => 0);
    const neva = runNeva(batch);
    let largest = 0;
    for (const job of batch) {
      const ours = engine(job);
      const theirs = neva[job.name]!;
      ours.entities.forEach((row, x) => {
        largest = Math.max(largest, Math.abs(row.relativeLoss - theirs.relativeLoss[x]!));
      });
    }
    console.info(`NEVA linear DebtRank: largest |Δ relative loss| = ${largest.toExponential(2)}`);
    expect(largest).toBeLessThan(1e-9);
  });

  it('answers "what if OpenAI pays only half?" on the curated dataset as NEVA does', () => {
    // The engine's capital and exposure rows (SPEC §6: A = the funded part of §4's exposure, which
    // stress-oracle.test.ts checks against Python), propagated by NEVA's linear DebtRank.
    const curated = JSON.parse(readFileSync(join(ROOT, "data/deals.json"), "utf8")) as Dataset;
    const graph = buildFinancingGraph(curated);
    const exposure = buildExposureSystem(graph, { capitalShare: SCENARIO_DEFAULTS.capitalShare });
    // NEVA divides by each bank's equity: entities without capital (no deal counted) are left
    // out, and must hold nothing on anyone and owe nothing to anyone.
    const kept = exposure.ids.flatMap((_id, x) => (exposure.capitalUsd[x]! > 0 ? [x] : []));
    const at = new Map(kept.map((x, k) => [x, k]));
    const rows: [number, number, number][] = [];
    for (let x = 0; x < exposure.n; x++) {
      for (let e = exposure.offsets[x]!; e < exposure.offsets[x + 1]!; e++) {
        const y = exposure.columns[e]!;
        expect(at.has(x) && at.has(y), `${exposure.ids[x]} → ${exposure.ids[y]}`).toBe(true);
        rows.push([at.get(x)!, at.get(y)!, exposure.amountUsd[e]!]);
      }
    }
    const openai = at.get(exposure.indexOf.get("openai")!)!;
    const system: StressSystem = {
      capital: kept.map((x) => exposure.capitalUsd[x]!),
      rows,
      shock: kept.map((_x, k) => (k === openai ? 0.5 : 0)),
    };
    const theirs = runNeva([{ name: "openai-half", model: "debtrank", recovery: 0, system }])[
      "openai-half"
    ]!;
    const ours = runScenario(graph, { shocks: [{ id: "openai", shock: 0.5 }] });
    let largest = 0;
    let hurt = 0;
    kept.forEach((x, k) => {
      const row = ours.entities[x]!;
      largest = Math.max(largest, Math.abs(row.relativeLoss - theirs.relativeLoss[k]!));
      if (row.relativeLoss > 0 && row.id !== "openai") hurt++;
    });
    console.info(
      `NEVA, OpenAI pays half: ${hurt} entities hurt, largest |Δ relative loss| = ${largest.toExponential(2)}, system loss ${ours.systemLossUsd.toExponential(4)}`,
    );
    expect(hurt).toBeGreaterThan(10);
    expect(largest).toBeLessThan(1e-9);
  });

  it("the default cascade agrees with NEVA's furfine / roukny_battiston valuation on 200 random systems", () => {
    const batch = jobs("cascade", 200, (k) => (k % 3 === 0 ? 0 : (k % 7) / 7));
    const neva = runNeva(batch);
    let largest = 0;
    let defaults = 0;
    for (const job of batch) {
      const ours = engine(job);
      const theirs = neva[job.name]!;
      expect(
        ours.entities.map((row) => row.defaulted),
        job.name,
      ).toEqual(theirs.defaulted);
      ours.entities.forEach((row, x) => {
        largest = Math.max(largest, Math.abs(row.relativeLoss - theirs.relativeLoss[x]!));
        if (row.defaulted && row.shock < 1) defaults++;
      });
    }
    console.info(
      `NEVA cascade: ${defaults} contagious defaults, largest |Δ relative loss| = ${largest.toExponential(2)}`,
    );
    expect(defaults).toBeGreaterThan(50);
    expect(largest).toBeLessThan(1e-9);
  });
});
