// Independent cross-check (SPEC §2–§5): random canonical datasets, the curated dataset and chosen
// edge cases are analysed by the engine in-process (analyzeDataset), by the CLI
// (`node bin/roundtrip.js cycles|exposure|summary FILE --json …`) and by an independent Python
// oracle (test/cross-check/py/oracle.py: networkx simple_cycles, numpy linear solves, networkx
// maximum_flow); every field must agree to 1e-9 relative, ids and order exactly.

import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type Analysis,
  type AnalyzeOptions,
  analyzeDataset,
  buildFinancingGraph,
  computeExposure,
  computeFlowMatrix,
  findCycles,
  stronglyConnectedComponents,
} from "../../server/analysis/index.js";
import type { Dataset } from "../../server/analysis/types.js";
import { validateDataset } from "../../server/dataset/validate-dataset.js";
import { seededRandom } from "../../shared/seeded-random.js";
import { compareCycles, compareJson, type Json } from "./compare-results.js";
import {
  type CrossCheckJob,
  type CrossCheckOptions,
  cliFlags,
  cycleFlags,
  deal,
  entity,
  randomDataset,
  randomOptions,
} from "./generate-datasets.js";
import { pythonAvailable, pythonOracle, ROOT } from "./python-oracle.js";

const BIN = join(ROOT, "bin/roundtrip.js");
/** CROSS_CHECK_COUNT=5000 for a long hunt; 400 by default. */
const RANDOM_COUNT = Number(process.env.CROSS_CHECK_COUNT ?? 400);
const RANDOM_SEED = Number(process.env.CROSS_CHECK_SEED ?? 20251122);

const hasPython = pythonAvailable("CROSS-CHECK");
const oracle = pythonOracle("oracle.py");
const { workDir } = oracle;

interface OracleCycle {
  nodes: string[];
  bottleneckUsd: number;
  deals: string[][];
}
interface OracleResult {
  cycles: { cycles: OracleCycle[]; truncated: boolean; total: number };
  exposure: {
    entities: ({ [key: string]: Json } & {
      roundTripShareFinnRoute: number | null;
      roundTripShare: number;
      id: string;
    })[];
  };
  summary: { [key: string]: Json } & { grossUsd: number };
  counterpartyExposure: Json;
}

/** Run the oracle once over many jobs. */
function runOracle(jobs: readonly CrossCheckJob[]): Record<string, OracleResult> {
  return oracle.run(jobs, (job) => ({ dataset: job.dataset, options: job.options }));
}

function engineOptions(options: CrossCheckOptions): Partial<AnalyzeOptions> {
  const { maxLength, maxCycles, ...inclusion } = options;
  return {
    // the generator draws only valid enum values
    ...(inclusion as Partial<AnalyzeOptions>),
    maxLength: maxLength ?? Number.POSITIVE_INFINITY,
    maxCycles: maxCycles ?? Number.POSITIVE_INFINITY,
  };
}

function validated(job: CrossCheckJob): Dataset {
  const { dataset, errors } = validateDataset(job.dataset);
  if (dataset === null || errors.length > 0) {
    throw new Error(`${job.name}: invalid dataset ${JSON.stringify(errors)}`);
  }
  return dataset;
}

function runEngine(job: CrossCheckJob): Analysis {
  return analyzeDataset(validated(job), engineOptions(job.options));
}

const SKIP_ORACLE_ONLY = new Set(["roundTripShareFinnRoute", "cycling", "total"]);

/** Every difference between an analysis (engine or CLI) and the oracle for one job. */
function differences(
  name: string,
  parts: {
    cycles?: { cycles: OracleCycle[]; truncated: boolean };
    entities?: Json;
    summary?: Json;
    counterparty?: Json;
  },
  expected: OracleResult,
  options: CrossCheckOptions,
): string[] {
  const out: string[] = [];
  const tolerance = { usdFloor: 1e-12 * Math.max(1, expected.summary.grossUsd) };
  if (parts.cycles) {
    if (options.maxCycles === null) {
      compareCycles(parts.cycles.cycles, expected.cycles.cycles, `${name}.cycles`, tolerance, out);
      if (parts.cycles.truncated !== false)
        out.push(`${name}.cycles.truncated: expected false, got ${parts.cycles.truncated}`);
    }
  }
  if (parts.entities !== undefined) {
    compareJson(
      parts.entities,
      expected.exposure.entities as Json,
      `${name}.exposure`,
      tolerance,
      out,
      SKIP_ORACLE_ONLY,
    );
  }
  if (parts.summary !== undefined && options.maxCycles === null) {
    compareJson(
      parts.summary,
      expected.summary,
      `${name}.summary`,
      tolerance,
      out,
      SKIP_ORACLE_ONLY,
    );
  }
  if (parts.counterparty !== undefined) {
    compareJson(
      parts.counterparty,
      expected.counterpartyExposure,
      `${name}.counterpartyExposure`,
      tolerance,
      out,
    );
  }
  return out;
}

function engineParts(analysis: Analysis) {
  const plain = JSON.parse(JSON.stringify(analysis)) as {
    cycles: { cycles: OracleCycle[]; truncated: boolean };
    exposure: { entities: Json };
    summary: Json;
    counterpartyExposure: Json;
  };
  return {
    cycles: plain.cycles,
    entities: plain.exposure.entities,
    summary: plain.summary,
    counterparty: plain.counterpartyExposure,
  };
}

interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

function runCli(args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { maxBuffer: 1 << 28, cwd: ROOT },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

async function inParallel<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const k = next++;
      results[k] = await work(items[k]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** CLI cycles/exposure/summary for each job, compared with the oracle and with the engine. */
async function cliDifferences(
  jobs: readonly CrossCheckJob[],
  expected: Record<string, OracleResult>,
): Promise<string[]> {
  const out: string[] = [];
  const tasks = jobs.flatMap((job) => {
    const file = join(workDir, `${job.name}.dataset.json`);
    writeFileSync(file, JSON.stringify(job.dataset));
    const inclusion = cliFlags(job.options);
    return [
      {
        job,
        command: "cycles",
        args: ["cycles", file, "--json", ...cycleFlags(job.options), ...inclusion],
      },
      { job, command: "exposure", args: ["exposure", file, "--json", ...inclusion] },
      {
        job,
        command: "summary",
        args: ["summary", file, "--json", ...cycleFlags(job.options), ...inclusion],
      },
    ];
  });
  const runs = await inParallel(tasks, 8, (task) => runCli(task.args));
  for (const [k, task] of tasks.entries()) {
    const run = runs[k]!;
    const where = `${task.job.name} (cli ${task.args.slice(0, 1).concat(task.args.slice(2)).join(" ")})`;
    if (run.status !== 0) {
      out.push(`${where}: exit ${run.status}: ${run.stderr.trim().slice(0, 300)}`);
      continue;
    }
    let parsed: Json;
    try {
      parsed = JSON.parse(run.stdout) as Json;
    } catch {
      out.push(`${where}: stdout is not JSON: ${run.stdout.slice(0, 200)}`);
      continue;
    }
    const oracle = expected[task.job.name]!;
    const engine = engineParts(runEngine(task.job));
    const obj = parsed as { [key: string]: Json };
    if (task.command === "cycles") {
      out.push(
        ...differences(
          where,
          { cycles: obj as unknown as { cycles: OracleCycle[]; truncated: boolean } },
          oracle,
          task.job.options,
        ),
      );
      const engineCycles = { cycles: engine.cycles.cycles, truncated: engine.cycles.truncated };
      if (
        JSON.stringify({ cycles: obj.cycles, truncated: obj.truncated }) !==
        JSON.stringify(engineCycles)
      ) {
        out.push(`${where}: CLI cycles differ from analyzeDataset`);
      }
    } else if (task.command === "exposure") {
      out.push(...differences(where, { entities: obj.entities }, oracle, task.job.options));
      if (JSON.stringify(obj.entities) !== JSON.stringify(engine.entities)) {
        out.push(`${where}: CLI exposure differs from analyzeDataset`);
      }
    } else {
      out.push(...differences(where, { summary: parsed }, oracle, task.job.options));
      // The selected view's summary, plus both views' blocks (each the engine's in that view).
      const { announced, committed, ...selected } = obj;
      if (JSON.stringify(selected) !== JSON.stringify(engine.summary)) {
        out.push(`${where}: CLI summary differs from analyzeDataset`);
      }
      for (const [view, block] of [
        ["announced", announced],
        ["committed", committed],
      ] as const) {
        const other = analyzeDataset(validated(task.job), {
          ...engineOptions(task.job.options),
          view,
        }).summary;
        if (JSON.stringify(block) !== JSON.stringify(other)) {
          out.push(
            `${where}: CLI summary's ${view} block differs from analyzeDataset in that view`,
          );
        }
      }
    }
  }
  return out;
}

function randomJobs(seed: number, count: number, prefix: string): CrossCheckJob[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, k) => {
    const dataset = randomDataset(random, k);
    return {
      name: `${prefix}${String(k).padStart(3, "0")}`,
      dataset,
      options: randomOptions(random, dataset),
    };
  });
}

function report(diffs: string[]): string {
  return diffs.length === 0
    ? ""
    : `${diffs.length} discrepancies:\n${diffs.slice(0, 60).join("\n")}`;
}

// ---------------------------------------------------------------------------------------------
// Edge cases chosen on purpose (SPEC §2–§3).

const d = deal;
const e = entity;
const EDGE_CASES: CrossCheckJob[] = [
  {
    name: "edge-empty",
    dataset: { entities: [], deals: [] },
    options: { maxLength: null, maxCycles: null },
  },
  {
    name: "edge-one-entity",
    dataset: { entities: [e("solo")], deals: [d("s", "solo", "solo", 5)] },
    options: { maxLength: null, maxCycles: null },
  },
  {
    name: "edge-all-null",
    dataset: {
      entities: [e("a"), e("b"), e("c")],
      deals: [
        d("1", "a", "b", null),
        d("2", "b", "a", null),
        d("3", "b", "c", null),
        d("4", "c", "a", null),
      ],
    },
    options: { maxLength: null, maxCycles: null },
  },
  {
    name: "edge-out-no-in",
    dataset: {
      entities: [e("src"), e("a"), e("b")],
      deals: [d("1", "src", "a", 10), d("2", "a", "b", 4), d("3", "b", "a", 3)],
    },
    options: { maxLength: null, maxCycles: null },
  },
  {
    name: "edge-two-cycle",
    dataset: {
      entities: [e("x"), e("y")],
      deals: [d("xy", "x", "y", 100), d("yx", "y", "x", 40), d("yx2", "y", "x", null)],
    },
    options: { maxLength: null, maxCycles: null },
  },
  ...[false, true].map((called) => ({
    name: `edge-backstop-${called ? "called" : "uncalled"}`,
    dataset: {
      entities: [e("g"), e("b"), e("c")],
      deals: [
        d("bs", "g", "b", 50, { type: "backstop" }),
        d("bc", "b", "c", 30, { type: "loan" }),
        d("cg", "c", "g", 20, { type: "compute_contract" }),
        d("cb", "c", "b", 10, { type: "warrant" }),
      ],
    } satisfies Dataset,
    options: { maxLength: null, maxCycles: null, backstopsCalled: called },
  })),
  {
    name: "edge-stake-cancelled",
    dataset: {
      entities: [e("p"), e("q")],
      deals: [
        d("stake", "p", "q", 70, { amountBasis: "stake_value" }),
        d("gone", "q", "p", 70, { status: "cancelled" }),
        d("live", "q", "p", 7, { status: "amended" }),
        d("live2", "p", "q", 9, { amountBasis: "headline" }),
      ],
    },
    options: { maxLength: null, maxCycles: null },
  },
  ...["2024-06", "2024", "2024-06-15", "2024-05"].map((asOf) => ({
    name: `edge-as-of-${asOf}`,
    dataset: {
      entities: [e("m"), e("n"), e("o")],
      deals: [
        d("y", "m", "n", 1, { date: "2024" }),
        d("ym", "n", "o", 2, { date: "2024-06" }),
        d("ymd", "o", "m", 3, { date: "2024-06-15" }),
        d("late", "n", "m", 4, { date: "2024-06-02" }),
        d("first", "o", "n", 5, { date: "2024-06-01" }),
      ],
    } satisfies Dataset,
    options: { maxLength: null, maxCycles: null, asOf },
  })),
  {
    // U+FF5A (BMP) vs U+1F600 (surrogate pair): code-point order and UTF-16 order disagree.
    name: "edge-utf16-order",
    dataset: {
      entities: [e("ｚ"), e("😀"), e("__proto__"), e("constructor")],
      deals: [
        d("ｚ-d", "ｚ", "😀", 5),
        d("😀-d", "😀", "ｚ", 5),
        d("p1", "😀", "__proto__", 5),
        d("p2", "__proto__", "ｚ", 5),
        d("c1", "constructor", "__proto__", 1),
        d("c2", "__proto__", "constructor", 1),
        d("c3", "__proto__", "constructor", 2),
      ],
    },
    options: { maxLength: null, maxCycles: null },
  },
];

/** r00000 → r00001 → … → r00000 (amounts 1000…1006) plus chords r(k+1) → r(k) for k < chords. */
function ringWithChords(n: number, chords: number): Dataset {
  const ids = Array.from({ length: n }, (_, k) => `r${String(k).padStart(5, "0")}`);
  return {
    entities: ids.map(e),
    deals: [
      ...ids.map((id, k) => d(`ring${k}`, id, ids[(k + 1) % n]!, 1000 + (k % 7))),
      ...ids.slice(0, chords).map((id, k) => d(`back${k}`, ids[k + 1]!, id, 3 + (k % 5))),
    ],
  };
}

function completeGraph(n: number): Dataset {
  const ids = Array.from({ length: n }, (_, k) => `k${k}`);
  const deals = ids.flatMap((a, i) =>
    ids.filter((b) => b !== a).map((b, j) => d(`${a}-${b}`, a, b, 1 + ((i * 7 + j * 3) % 5))),
  );
  return { entities: ids.map(e), deals };
}

// ---------------------------------------------------------------------------------------------

describe("cross-check against the independent Python oracle", () => {
  it.runIf(hasPython)(
    "the oracle's two round-trip routes agree (h-system vs Finn's (I−P)⁻¹ diagonal)",
    () => {
      const jobs = randomJobs(11, 200, "routes");
      const expected = runOracle(jobs);
      const out: string[] = [];
      for (const [name, result] of Object.entries(expected)) {
        for (const row of result.exposure.entities) {
          const second = row.roundTripShareFinnRoute;
          if (second === null) continue;
          if (Math.abs(second - row.roundTripShare) > 1e-9 * Math.max(1, row.roundTripShare)) {
            out.push(`${name}.${row.id}: ${row.roundTripShare} vs ${second}`);
          }
        }
      }
      expect(out, report(out)).toEqual([]);
    },
  );

  it.runIf(hasPython)(
    `engine (analyzeDataset) agrees on ${RANDOM_COUNT} random datasets`,
    () => {
      const jobs = randomJobs(RANDOM_SEED, RANDOM_COUNT, "rand");
      const expected = runOracle(jobs);
      const out: string[] = [];
      for (const job of jobs) {
        out.push(
          ...differences(job.name, engineParts(runEngine(job)), expected[job.name]!, job.options),
        );
      }
      expect(out, report(out)).toEqual([]);
    },
    120_000,
  );

  it.runIf(hasPython)(
    "engine's other solver paths agree: Gauss–Seidel (denseLimit 0) and the single-entity path",
    () => {
      const jobs = randomJobs(777, 150, "paths");
      const expected = runOracle(jobs);
      const out: string[] = [];
      for (const job of jobs) {
        const dataset = validated(job);
        const options = engineOptions(job.options);
        const iterative = analyzeDataset(dataset, { ...options, denseLimit: 0 });
        out.push(
          ...differences(
            `${job.name}(denseLimit 0)`,
            { entities: JSON.parse(JSON.stringify(iterative.exposure.entities)) as Json },
            expected[job.name]!,
            job.options,
          ),
        );
        const flow = computeFlowMatrix(buildFinancingGraph(dataset), options);
        const rows = dataset.entities.map((entity) => {
          const [row] = computeExposure(flow, { entity: entity.id }).entities;
          return row!;
        });
        rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        out.push(
          ...differences(
            `${job.name}(--entity)`,
            { entities: JSON.parse(JSON.stringify(rows)) as Json },
            expected[job.name]!,
            job.options,
          ),
        );
      }
      expect(out, report(out)).toEqual([]);
    },
    120_000,
  );

  it.runIf(hasPython)(
    "a 120-node ring with 20 chords back agrees with the oracle",
    () => {
      const job: CrossCheckJob = {
        name: "ring",
        dataset: ringWithChords(120, 20),
        options: { maxLength: null, maxCycles: null },
      };
      const expected = runOracle([job]);
      const out = differences(job.name, engineParts(runEngine(job)), expected.ring!, job.options);
      expect(out, report(out)).toEqual([]);
    },
    120_000,
  );

  it("a 20000-node ring with chords back: exactly the ring and the 2-cycles, no stack overflow", () => {
    const n = 20_000;
    const chords = 500;
    const flow = computeFlowMatrix(buildFinancingGraph(ringWithChords(n, chords)));
    const report = findCycles(flow, {
      maxLength: Number.POSITIVE_INFINITY,
      maxCycles: Number.POSITIVE_INFINITY,
    });
    // A chord k+1 → k only closes the 2-cycle (k, k+1): any longer use of it would revisit k+1.
    expect(report.truncated).toBe(false);
    expect(report.cycles.length).toBe(chords + 1);
    const longest = report.cycles.find((c) => c.nodes.length === n);
    expect(longest?.bottleneckUsd).toBe(1000);
    expect(Math.max(...stronglyConnectedComponents(flow).sizes)).toBe(n);
  }, 120_000);

  it.runIf(hasPython)("engine agrees on the chosen edge cases", () => {
    const expected = runOracle(EDGE_CASES);
    const out: string[] = [];
    for (const job of EDGE_CASES) {
      out.push(
        ...differences(job.name, engineParts(runEngine(job)), expected[job.name]!, job.options),
      );
    }
    expect(out, report(out)).toEqual([]);
  });

  it.runIf(hasPython)(
    "CLI agrees with the oracle and with the engine on edge cases and random datasets",
    async () => {
      const jobs = [...EDGE_CASES, ...randomJobs(4242, 8, "cli")];
      const expected = runOracle(jobs);
      const out = await cliDifferences(jobs, expected);
      expect(out, report(out)).toEqual([]);
    },
    300_000,
  );

  it.runIf(hasPython)(
    "curated data/deals.json agrees under several inclusion options (engine and CLI)",
    async () => {
      const curated = JSON.parse(readFileSync(join(ROOT, "data/deals.json"), "utf8")) as Dataset;
      const optionSets: CrossCheckOptions[] = [
        { maxLength: 4, maxCycles: null },
        { maxLength: 6, maxCycles: null, backstopsCalled: true },
        { maxLength: 3, maxCycles: null, basis: ["committed"] },
        { maxLength: 4, maxCycles: null, asOf: "2025-06" },
        { maxLength: 5, maxCycles: null, view: "committed" },
        { maxLength: 4, maxCycles: null, includeSuperseded: true },
        { maxLength: 4, maxCycles: null, asOf: "2025-12-31" },
        {
          maxLength: 4,
          maxCycles: null,
          statuses: ["closed", "signed"],
          types: ["equity", "compute_contract", "chip_purchase"],
        },
      ];
      const jobs = optionSets.map((options, k) => ({
        name: `curated${k}`,
        dataset: curated,
        options,
      }));
      const expected = runOracle(jobs);
      const out: string[] = [];
      for (const job of jobs) {
        out.push(
          ...differences(job.name, engineParts(runEngine(job)), expected[job.name]!, job.options),
        );
      }
      out.push(...(await cliDifferences(jobs, expected)));
      expect(out, report(out)).toEqual([]);
    },
    300_000,
  );

  it.runIf(hasPython)(
    "--max-cycles truncation on complete graphs: truncated, the right count, real cycles, SPEC order",
    async () => {
      const jobs: CrossCheckJob[] = [5, 6].flatMap((n) =>
        [1, 10, 50].map((maxCycles) => ({
          name: `complete${n}-${maxCycles}`,
          dataset: completeGraph(n),
          options: { maxLength: null, maxCycles },
        })),
      );
      const expected = runOracle(
        jobs.map((job) => ({ ...job, options: { ...job.options, maxCycles: null } })),
      );
      const out: string[] = [];
      for (const job of jobs) {
        const full = expected[job.name]!.cycles.cycles;
        const fullKeys = new Map(full.map((c) => [JSON.stringify(c.nodes), c]));
        const file = join(workDir, `${job.name}.dataset.json`);
        writeFileSync(file, JSON.stringify(job.dataset));
        const cli = await runCli(["cycles", file, "--json", ...cycleFlags(job.options)]);
        const engine = runEngine(job).cycles;
        const fromCli = JSON.parse(cli.stdout) as { cycles: OracleCycle[]; truncated: boolean };
        for (const [source, report] of [
          ["engine", engine],
          ["cli", fromCli],
        ] as const) {
          const where = `${job.name}.${source}`;
          if (full.length <= job.options.maxCycles!)
            out.push(`${where}: test setup, graph too small`);
          if (report.truncated !== true) out.push(`${where}: expected truncated true`);
          if (report.cycles.length !== job.options.maxCycles)
            out.push(
              `${where}: expected ${job.options.maxCycles} cycles, got ${report.cycles.length}`,
            );
          const sub = report.cycles
            .map((c) => fullKeys.get(JSON.stringify(c.nodes)))
            .filter((c) => c !== undefined);
          if (sub.length !== report.cycles.length)
            out.push(`${where}: returned a cycle that is not a canonical elementary cycle`);
          compareCycles(report.cycles, sub, where, { usdFloor: 0 }, out);
        }
        if (
          JSON.stringify({ cycles: fromCli.cycles, truncated: fromCli.truncated }) !==
          JSON.stringify({ cycles: engine.cycles, truncated: engine.truncated })
        ) {
          out.push(
            `${job.name}: CLI differs from engine: cli ${JSON.stringify(fromCli).slice(0, 300)} engine ${JSON.stringify(engine).slice(0, 300)}`,
          );
        }
      }
      expect(out, report(out)).toEqual([]);
    },
    120_000,
  );

  it.runIf(hasPython)("a --max-cycles bound equal to the number of cycles cuts nothing", () => {
    const job: CrossCheckJob = {
      name: "exact-bound",
      dataset: completeGraph(4),
      options: { maxLength: null, maxCycles: null },
    };
    const total = runOracle([job])[job.name]!.cycles.total;
    const engine = runEngine({ ...job, options: { ...job.options, maxCycles: total } }).cycles;
    expect(engine.cycles.length).toBe(total);
    expect(engine.truncated, "nothing was cut, so the SPEC's truncated flag should be false").toBe(
      false,
    );
  });
});
