// Independent cross-check of stress scenarios (SPEC §6): random datasets with random book equity,
// the curated dataset, random shocks, both models, recovery rates, capital shares and inclusion
// options, run through the engine (runScenario), through the CLI (`roundtrip stress FILE --json`)
// and through an independent Python oracle written from the SPEC (test/cross-check/py/
// stress_oracle.py, over oracle.py's counterparty exposure); every field must agree to 1e-9
// relative, ids, defaults and rounds exactly. Unlike the NEVA check, it needs only python3.

import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildFinancingGraph } from "../../server/analysis/build-financing-graph.js";
import { runScenario } from "../../server/analysis/run-scenario.js";
import type { ScenarioModel, ScenarioOptions } from "../../server/analysis/scenario-options.js";
import type { Dataset } from "../../server/analysis/types.js";
import { validateDataset } from "../../server/dataset/validate-dataset.js";
import { seededRandom } from "../../shared/seeded-random.js";
import { compareJson, type Json } from "./compare-results.js";
import {
  type CrossCheckOptions,
  cliFlags,
  randomDataset,
  randomOptions,
} from "./generate-datasets.js";
import { pythonAvailable, pythonOracle, ROOT } from "./python-oracle.js";

const BIN = join(ROOT, "bin/roundtrip.js");
const RANDOM_COUNT = Number(process.env.STRESS_CHECK_COUNT ?? 300);
const RANDOM_SEED = Number(process.env.STRESS_CHECK_SEED ?? 20261207);
/** The CLI is a process per run: it is checked on this many of the random jobs. */
const CLI_COUNT = 16;

const hasPython = pythonAvailable("STRESS CROSS-CHECK");
const oracle = pythonOracle("stress_oracle.py");
const { workDir } = oracle;

interface StressSpec {
  /** [id, share] pairs (JSON-safe for ids such as "__proto__"). */
  shocks: [string, number][];
  model: ScenarioModel;
  recovery: number;
  capitalShare: number;
}
interface StressJob {
  name: string;
  dataset: Dataset;
  options: Omit<CrossCheckOptions, "maxLength" | "maxCycles">;
  stress: StressSpec;
}

function runOracle(jobs: readonly StressJob[]): Record<string, Json> {
  return oracle.run(jobs, (job) => ({
    dataset: job.dataset,
    options: job.options,
    stress: job.stress,
  }));
}

function scenarioOptions(job: StressJob): Partial<ScenarioOptions> {
  return {
    // the generator draws only valid enum values
    ...(job.options as Partial<ScenarioOptions>),
    shocks: job.stress.shocks.map(([id, shock]) => ({ id, shock })),
    model: job.stress.model,
    recovery: job.stress.recovery,
    capitalShare: job.stress.capitalShare,
  };
}

function runEngine(job: StressJob): Json {
  const { dataset, errors } = validateDataset(job.dataset);
  if (dataset === null || errors.length > 0) {
    throw new Error(`${job.name}: invalid dataset ${JSON.stringify(errors)}`);
  }
  return JSON.parse(
    JSON.stringify(runScenario(buildFinancingGraph(dataset), scenarioOptions(job))),
  ) as Json;
}

function runCli(job: StressJob): Promise<Json> {
  const file = join(workDir, `${job.name}.json`);
  writeFileSync(file, JSON.stringify(job.dataset));
  const flags = [
    ...cliFlags({ ...job.options, maxLength: null, maxCycles: null }),
    "--model",
    job.stress.model,
    "--recovery",
    String(job.stress.recovery),
    "--capital-share",
    String(job.stress.capitalShare),
    ...job.stress.shocks.flatMap(([id, s]) => ["--shock", `${id}=${s}`]),
  ];
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [BIN, "stress", file, "--json", ...flags],
      { maxBuffer: 1 << 28, cwd: ROOT },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${job.name}: CLI failed: ${stderr}`));
        else resolve(JSON.parse(stdout) as Json);
      },
    );
  });
}

const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;

/** Book equity on some entities (some zero, which falls back to throughput), random shocks. */
function randomJob(random: () => number, k: number): StressJob {
  const dataset = randomDataset(random, k);
  for (const entity of dataset.entities) {
    const u = random();
    if (u < 0.35)
      entity.financials = { asOf: "2024-12-31", equityUsd: (1 + Math.floor(random() * 500)) * 1e8 };
    else if (u < 0.42) entity.financials = { asOf: "2024-12-31", equityUsd: 0 };
  }
  const { maxLength: _l, maxCycles: _c, ...options } = randomOptions(random, dataset);
  // a Map, not an object: ids such as "__proto__" are drawn on purpose
  const shocks = new Map<string, number>();
  const count = 1 + Math.floor(random() * Math.min(3, dataset.entities.length));
  while (shocks.size < count) {
    const id = pick(random, dataset.entities).id;
    // a CLI --shock value must be an id without "=": every generated id qualifies
    shocks.set(id, pick(random, [1, 1, 0.5, 0.25, Math.round(random() * 1000) / 1000]));
  }
  return {
    name: `stress${k}`,
    dataset,
    options,
    stress: {
      shocks: [...shocks],
      model: random() < 0.5 ? "debtrank" : "cascade",
      recovery: pick(random, [0, 0, 0.4, Math.round(random() * 100) / 100]),
      capitalShare: pick(random, [0.25, 0.25, 0.1, 1, Math.round(random() * 100) / 100]),
    },
  };
}

function differences(name: string, got: Json, expected: Json): string[] {
  const out: string[] = [];
  compareJson(got, expected, name, { usdFloor: 1e-3 }, out);
  return out;
}

describe.skipIf(!hasPython)("stress scenarios agree with an independent Python oracle", () => {
  it(`${RANDOM_COUNT} random systems (seed ${RANDOM_SEED}): engine; ${CLI_COUNT} of them also through the CLI`, async () => {
    const random = seededRandom(RANDOM_SEED);
    const jobs = Array.from({ length: RANDOM_COUNT }, (_, k) => randomJob(random, k));
    const expected = runOracle(jobs);
    const problems: string[] = [];
    let defaultedSeen = 0;
    let cascadeRoundsAboveOne = 0;
    for (const job of jobs) {
      const got = runEngine(job);
      problems.push(...differences(`${job.name}.engine`, got, expected[job.name]!));
      const result = expected[job.name] as {
        entities: { defaulted: boolean; shock: number }[];
        rounds: number;
        model: string;
      };
      defaultedSeen += result.entities.filter((e) => e.defaulted && e.shock < 1).length;
      if (result.model === "cascade" && result.rounds > 1) cascadeRoundsAboveOne++;
    }
    const cliJobs = jobs.slice(0, CLI_COUNT);
    const cliResults = await Promise.all(cliJobs.map(runCli));
    cliJobs.forEach((job, k) => {
      problems.push(...differences(`${job.name}.cli`, cliResults[k]!, expected[job.name]!));
    });
    expect(problems.slice(0, 20)).toEqual([]);
    // the generator reaches the interesting cases: contagion, and cascades of several rounds
    expect(defaultedSeen).toBeGreaterThan(10);
    expect(cascadeRoundsAboveOne).toBeGreaterThan(3);
  }, 300_000);

  it("the curated dataset: OpenAI fails, OpenAI pays half, OpenAI and Oracle fail (both models, both views)", async () => {
    const curated = JSON.parse(readFileSync(join(ROOT, "data/deals.json"), "utf8")) as Dataset;
    const cases: [[string, number][], ScenarioModel, StressJob["options"], number][] = [
      [[["openai", 1]], "debtrank", {}, 0],
      [[["openai", 0.5]], "debtrank", {}, 0],
      [
        [
          ["openai", 1],
          ["oracle", 1],
        ],
        "cascade",
        {},
        0,
      ],
      [[["openai", 1]], "cascade", { view: "committed" }, 0.4],
      [[["coreweave", 1]], "debtrank", { backstopsCalled: true }, 0],
      [[["nvidia", 0.3]], "debtrank", { asOf: "2025-06-30", view: "committed" }, 0],
    ];
    const jobs: StressJob[] = cases.map(([shocks, model, options, recovery], k) => ({
      name: `curated${k}`,
      dataset: curated,
      options,
      stress: { shocks, model, recovery, capitalShare: 0.25 },
    }));
    const expected = runOracle(jobs);
    const problems: string[] = [];
    const cli = await Promise.all(jobs.map(runCli));
    jobs.forEach((job, k) => {
      problems.push(...differences(`${job.name}.engine`, runEngine(job), expected[job.name]!));
      problems.push(...differences(`${job.name}.cli`, cli[k]!, expected[job.name]!));
    });
    expect(problems.slice(0, 20)).toEqual([]);
    const openaiFails = expected.curated0 as {
      debtRank: number;
      entities: { id: string; relativeLoss: number }[];
    };
    // not a vacuous agreement: OpenAI's failure hurts others
    expect(openaiFails.debtRank).toBeGreaterThan(0);
    expect(
      openaiFails.entities.filter((e) => e.id !== "openai" && e.relativeLoss > 0).length,
    ).toBeGreaterThan(3);
  }, 120_000);
});
