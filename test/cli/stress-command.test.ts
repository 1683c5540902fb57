import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildFinancingGraph } from "../../server/analysis/build-financing-graph.js";
import { runScenario } from "../../server/analysis/run-scenario.js";
import type { Dataset } from "../../server/analysis/types.js";
import { fixture, run } from "./cli-harness.js";

const tiny = fixture("tiny.json");
const tinyDataset = () => JSON.parse(readFileSync(tiny, "utf8")) as Dataset;

describe("roundtrip stress", () => {
  it("prints the SPEC §6 JSON: one row per entity in id order, the engine's figures", async () => {
    const { code, stdout } = await run(["stress", tiny, "--shock", "openai=0.1", "--json"]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ model: "debtrank", converged: true });
    expect(result.entities.map((row: { id: string }) => row.id)).toEqual([
      "coreweave",
      "idle",
      "nvidia",
      "openai",
      "oracle",
    ]);
    // oracle expects $300B of revenue from openai on a capital of 0.25 × $300B: 0.1 × 4 = 0.4.
    const oracle = result.entities[4];
    expect(oracle).toMatchObject({ capitalUsd: 75e9, capitalBasis: "throughput", shock: 0 });
    expect(oracle.relativeLoss).toBeCloseTo(0.4, 12);
    const expected = runScenario(buildFinancingGraph(tinyDataset()), {
      shocks: [{ id: "openai", shock: 0.1 }],
    });
    expect(result).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("passes the model, recovery, capital share and inclusion options through", async () => {
    const argv = ["stress", tiny, "--shock", "openai", "--model", "cascade", "--recovery", "0.8"];
    const { stdout } = await run([
      ...argv,
      "--capital-share",
      "0.5",
      "--backstops-called",
      "--json",
    ]);
    const expected = runScenario(buildFinancingGraph(tinyDataset()), {
      shocks: [{ id: "openai", shock: 1 }],
      model: "cascade",
      recovery: 0.8,
      capitalShare: 0.5,
      backstopsCalled: true,
    });
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    // recovery 0.8: oracle loses 0.2 × 300 = 60 of its 150 capital and survives.
    expect(expected.entities[4]).toMatchObject({ id: "oracle", defaulted: false });
    expect(expected.entities[4]!.relativeLoss).toBeCloseTo(0.4, 12);
  });

  it("prints the entities hit, largest loss first, with the system figures", async () => {
    const { code, stdout } = await run(["stress", tiny, "--shock", "openai"]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("Scenario: openai fails — linear DebtRank, 2 rounds");
    // Capital: nvidia 0.25 × $100.683B, openai and oracle 0.25 × $300B, coreweave 0.25 × $7.5B = $177.05B;
    // lost beyond the shock: oracle $75B + nvidia $25.17B → DebtRank 100.17 / 177.05 = 0.5658.
    expect(lines[1]).toMatch(/^System loss \$175\.2B of \$177\.0B capital; DebtRank 0\.5658/);
    // Rows: openai $75.0B (shocked), oracle $75.0B (round 1), nvidia $25.2B (round 1); coreweave and idle unhurt.
    const rows = lines.slice(5).map((line) => line.split(/\s{2,}/));
    expect(rows.map((r) => [r[0], r.at(-1)])).toEqual([
      ["openai", "shocked"],
      ["oracle", "round 1"],
      ["nvidia", "round 1"],
    ]);
    expect(lines[3]).toMatch(
      /^entity\s+capital\s+capital basis\s+shock\s+loss\s+of capital\s+defaulted$/,
    );
  });

  it.each([
    [["--shock", "oracel"], /--shock.*unknown entity "oracel"\n/],
    // The API's and the link's ID:S: the error says the CLI's ID=S.
    [
      ["--shock", "openai:0.5"],
      /unknown entity "openai:0\.5"; the share follows "=": openai=0\.5\n/,
    ],
    [["--shock", "openai=1.5"], /--shock.*in \[0, 1\], received "1.5"/],
    [["--shock", "openai=half"], /--shock.*received "half"/],
    [["--shock", "openai", "--shock", "openai=0.5"], /--shock.*shocked twice/],
    [["--shock", "openai", "--recovery", "1.2"], /--recovery.*received "1.2"/],
    [["--shock", "openai", "--capital-share", "-1"], /--capital-share.*received "-1"/],
    [["--shock", "openai", "--model", "furfine"], /--model.*furfine/],
    [[], /required option '--shock/],
  ])("rejects %j with exit 2 naming the option", async (flags, message) => {
    const { code, stdout, stderr } = await run(["stress", tiny, ...flags]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
  });

  it("names the balance sheet behind capital from book equity (financials.asOf)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roundtrip-stress-"));
    const data = tinyDataset();
    const entity = (id: string) => data.entities.find((e) => e.id === id)!;
    entity("oracle").financials = { asOf: "2025-05-31", equityUsd: 20e9 };
    entity("nvidia").financials = { equityUsd: 50e9 };
    const file = join(dir, "with-financials.json");
    writeFileSync(file, JSON.stringify(data));
    const { code, stdout } = await run(["stress", file, "--shock", "openai=0.5"]);
    expect(code).toBe(0);
    const rows = stdout
      .trimEnd()
      .split("\n")
      .slice(5)
      .map((line) => line.split(/\s{2,}/));
    const basis = Object.fromEntries(rows.map((r) => [r[0], r[2]]));
    expect(basis).toMatchObject({
      oracle: "book equity 2025-05-31",
      nvidia: "book equity",
      openai: "25.0% of throughput",
    });
  });

  it("keeps terminal control sequences in ids out of the output", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roundtrip-stress-"));
    const evil = "x\u001b[2Jy";
    const data = tinyDataset();
    data.entities.push({ id: evil, name: "evil", kind: "other" });
    data.deals.push({ ...data.deals[0]!, id: "evil-deal", from: evil, to: "openai" });
    const file = join(dir, "evil.json");
    writeFileSync(file, JSON.stringify(data));
    const { code, stdout } = await run(["stress", file, "--shock", evil]);
    expect(code).toBe(0);
    expect(stdout).not.toContain("\u001b");
    expect(stdout).toContain("x\\u001b[2Jy fails");
  });
});
