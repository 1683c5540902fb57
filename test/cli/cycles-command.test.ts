import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildFinancingGraph } from "../../server/analysis/build-financing-graph.js";
import { findCycles } from "../../server/analysis/find-cycles.js";
import { computeFlowMatrix } from "../../server/analysis/flow-matrix.js";
import type { Dataset } from "../../server/analysis/types.js";
import { COUNT_MAX_CYCLES } from "../../server/cli/cycles-command.js";
import { datasetOf, deal } from "../fixtures/build-dataset.js";
import { fixture, run } from "./cli-harness.js";

const tiny = fixture("tiny.json");

describe("roundtrip cycles", () => {
  it("prints the SPEC §5 JSON on stdout and nothing else", async () => {
    const { code, stdout, stderr } = await run(["cycles", tiny, "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      cycles: [
        {
          nodes: ["nvidia", "openai", "oracle"],
          bottleneckUsd: 40e9,
          bottleneckHop: 2,
          committedBottleneckUsd: 0,
          deals: [["nv-oa"], ["oa-or"], ["or-nv"]],
        },
        {
          nodes: ["coreweave", "nvidia"],
          bottleneckUsd: 683e6,
          bottleneckHop: 1,
          committedBottleneckUsd: 0,
          deals: [["cw-nv", "cw-nv-undisclosed"], ["nv-cw-eq"]],
        },
      ],
      truncated: false,
      truncatedReason: null,
    });
    // The dataset's warning goes to stderr, never into the JSON.
    expect(stderr).toMatch(/1 warning/);
  });

  it("matches findCycles on the same file and is byte-identical across runs", async () => {
    const dataset = JSON.parse(readFileSync(tiny, "utf8")) as Dataset;
    const graph = buildFinancingGraph(dataset);
    const committed = computeFlowMatrix(graph, { view: "committed" });
    const expected = findCycles(computeFlowMatrix(graph), {}, committed);
    const first = await run(["cycles", tiny, "--json"]);
    const second = await run(["cycles", tiny, "--json"]);
    expect(JSON.parse(first.stdout)).toEqual(expected);
    expect(first.stdout).toBe(second.stdout);
  });

  it("applies inclusion flags: backstops called add the nvidia → coreweave backstop", async () => {
    const plain = await run(["cycles", tiny, "--json", "--types", "equity"]);
    expect(JSON.parse(plain.stdout).cycles).toEqual([]);
    const called = await run(["cycles", tiny, "--json", "--backstops-called"]);
    const pair = JSON.parse(called.stdout).cycles.find(
      (c: { nodes: string[] }) => c.nodes.join() === "coreweave,nvidia",
    );
    expect(pair.deals[1]).toEqual(["nv-cw", "nv-cw-eq"]);
    expect(pair.bottleneckUsd).toBeCloseTo(6.983e9, 0);
    const early = await run(["cycles", tiny, "--count", "--as-of", "2025-06"]);
    expect(early.stdout).toBe("0\n");
    const statuses = await run(["cycles", tiny, "--count", "--statuses", "signed,cancelled"]);
    expect(statuses.stdout).toBe("3\n");
  });

  it("prints only the number with --count", async () => {
    expect(await run(["cycles", tiny, "--count"])).toMatchObject({ code: 0, stdout: "2\n" });
    expect(await run(["cycles", tiny, "--count", "--max-length", "2"])).toMatchObject({
      stdout: "1\n",
    });
  });

  it("counts every cycle with --count, past the default maxCycles, unless --max-cycles is given", async () => {
    const ids = ["a", "b", "c", "d", "e", "f", "g", "h"];
    const sources = [{ url: "https://example.com" }];
    const deals = ids.flatMap((from) =>
      ids
        .filter((to) => to !== from)
        .map((to) => deal(`${from}-${to}`, from, to, 1, "equity", { sources })),
    );
    const stdin = JSON.stringify(datasetOf(ids, deals));
    // K8: Σ_{k=2..8} C(8,k)·(k-1)! = 16,064 elementary cycles.
    expect((await run(["cycles", "-", "--count"], { stdin })).stdout).toBe("16064\n");
    const capped = await run(["cycles", "-", "--count", "--max-cycles", "100"], { stdin });
    expect(capped.stdout).toBe("100\n");
    expect(capped.stderr).toMatch(/truncated \(maxCycles\)/);
    const listed = JSON.parse((await run(["cycles", "-", "--json"], { stdin })).stdout);
    expect(listed.cycles).toHaveLength(10_000);
    expect(listed.truncated).toBe(true);
  });

  it("marks a maxCycles cut as truncated", async () => {
    const { code, stdout, stderr } = await run(["cycles", tiny, "--json", "--max-cycles", "1"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.cycles).toHaveLength(1);
    expect(report.truncated).toBe(true);
    expect(stderr).toMatch(/truncated \(maxCycles\)/);
    expect((await run(["cycles", tiny, "--count", "--max-cycles", "inf"])).stdout).toBe("2\n");
  });

  it("prints an aligned table with dollar amounts for people", async () => {
    const { code, stdout } = await run(["cycles", tiny]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^#\s+bottleneck\s+hops\s+cycle$/);
    expect(lines[2]).toBe("1      $40.0B     3  nvidia → openai → oracle → nvidia");
    expect(lines[3]).toBe("2     $683.0M     2  coreweave → nvidia → coreweave");
    expect(lines.at(-1)).toBe("2 cycles (≤ 8 hops)");
  });

  it("reads the dataset from stdin with -", async () => {
    const stdin = readFileSync(tiny, "utf8");
    expect(await run(["cycles", "-", "--count"], { stdin })).toMatchObject({
      code: 0,
      stdout: "2\n",
    });
  });

  it("draws no progress line when stderr is not a terminal", async () => {
    const { stderr } = await run(["cycles", tiny, "--count"]);
    expect(stderr).not.toMatch(/\r/);
  });

  it("rejects bad flags with usage and exit code 2, naming the flag", async () => {
    for (const argv of [
      ["--types", "equity,bogus"],
      ["--statuses", "maybe"],
      ["--basis", "vibes"],
      ["--as-of", "2025-13-01"],
      ["--from", "yesterday"],
      ["--min-amount-usd", "-3"],
      ["--view", "firm"],
      ["--max-length", "1"],
      ["--max-cycles", "many"],
      ["--time-budget", "soon"],
      ["--json", "--count"],
      ["--no-such-flag"],
    ]) {
      const { code, stdout, stderr } = await run(["cycles", tiny, ...argv]);
      expect(code, argv.join(" ")).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toContain(argv[0]!);
      expect(stderr).toContain("Usage: roundtrip cycles");
    }
  });

  it("reports invalid input with located errors and exit code 1", async () => {
    const { code, stdout, stderr } = await run(["cycles", fixture("invalid.json"), "--json"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain('error: deals[1].to: unknown entity "oracel"');
    expect(stderr).toContain("error: deals[1].amountUsd:");
    const broken = await run(["cycles", "-"], { stdin: "{ not json" });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/malformed JSON/);
    const missing = await run(["cycles", fixture("no-such-file.json")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/ENOENT/);
  });
});

describe("roundtrip cycles --count bound (issue 16)", () => {
  it("stops at COUNT_MAX_CYCLES by default and says so", async () => {
    // A complete graph on 14 entities has far more than 100M cycles of ≤ 8 hops; the same path
    // with the cap given explicitly and small.
    expect(COUNT_MAX_CYCLES).toBe(100_000_000);
    const ids = Array.from({ length: 14 }, (_, k) => `e${k}`);
    const sources = [{ url: "https://example.com" }];
    const deals = ids.flatMap((from) =>
      ids
        .filter((to) => to !== from)
        .map((to) => deal(`${from}-${to}`, from, to, 1, "equity", { sources })),
    );
    const stdin = JSON.stringify(datasetOf(ids, deals));
    const capped = await run(["cycles", "-", "--count", "--max-cycles", "50000"], { stdin });
    expect(capped.stdout).toBe("50000\n");
    expect(capped.stderr).toMatch(/count truncated \(maxCycles\)/);
    const help = await run(["cycles", "--help"]);
    expect(help.stdout.replace(/\s+/g, " ")).toMatch(/--max-cycles defaults to 100,000,000/);
  });
});

describe("roundtrip cycles and exposure in both views", () => {
  it("--view committed and --include-superseded give what the engine gives", async () => {
    const dataset = JSON.parse(readFileSync(tiny, "utf8")) as Dataset;
    // The Oracle → Nvidia leg is an estimate: no loop is committed.
    const committed = JSON.parse(
      (await run(["cycles", tiny, "--json", "--view", "committed"])).stdout,
    );
    expect(committed.cycles).toEqual([]);
    // A replacement for nv-oa at a lower amount: the loop's bottleneck follows it.
    const replaced: Dataset = {
      ...dataset,
      deals: [
        ...dataset.deals,
        {
          ...dataset.deals.find((d) => d.id === "nv-oa")!,
          id: "nv-oa-2",
          amountUsd: 1e9,
          supersedes: "nv-oa",
        },
      ],
    };
    const input = JSON.stringify(replaced);
    const loop = (json: { cycles: { nodes: string[]; bottleneckUsd: number }[] }) =>
      json.cycles.find((c) => c.nodes.join() === "nvidia,openai,oracle");
    const now = JSON.parse((await run(["cycles", "-", "--json"], { stdin: input })).stdout);
    expect(loop(now)?.bottleneckUsd).toBe(1e9);
    const audit = JSON.parse(
      (await run(["cycles", "-", "--json", "--include-superseded"], { stdin: input })).stdout,
    );
    expect(loop(audit)?.bottleneckUsd).toBe(40e9);
    const exposure = JSON.parse(
      (await run(["exposure", tiny, "--json", "--view", "committed"])).stdout,
    );
    expect(exposure.entities.every((e: { roundTripShare: number }) => e.roundTripShare === 0)).toBe(
      true,
    );
  });
});
