// Golden files: the full analysis of the curated dataset, reviewed by hand and kept in
// test/golden/. A change in the data or the engine shows up as a diff there — the loops one line
// each (`npx vitest run test/analysis/curated-golden.test.ts -u` rewrites them; read the diff
// before committing it).

import { describe, expect, it } from "vitest";
import { analyzeDataset } from "../../server/analysis/analyze-dataset.js";
import { computeHistory } from "../../server/analysis/compute-history.js";
import { loadDataset } from "../../server/dataset/load-dataset.js";

const { dataset } = await loadDataset();
const analysis = analyzeDataset(dataset, { maxCycles: Number.POSITIVE_INFINITY });
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
/**
 * A cycle report to be read in a diff: its bounds on the first line, then one line per loop in
 * rank order, so a data change shows as the loops it adds, drops or re-prices.
 */
const loopLines = ({ cycles, ...bounds }: typeof analysis.cycles) =>
  `${[bounds, ...cycles].map((line) => JSON.stringify(line)).join("\n")}\n`;

describe("analysis of the curated dataset", () => {
  it("matches the golden cycles", async () => {
    await expect(loopLines(analysis.cycles)).toMatchFileSnapshot("../golden/curated-cycles.jsonl");
  });

  it("matches the golden exposure", async () => {
    await expect(json(analysis.exposure)).toMatchFileSnapshot("../golden/curated-exposure.json");
  });

  it("matches the golden summary", async () => {
    await expect(json(analysis.summary)).toMatchFileSnapshot("../golden/curated-summary.json");
  });

  it("matches the golden committed view (SPEC §2.1): cycles, exposure and summary", async () => {
    const committed = analyzeDataset(dataset, {
      maxCycles: Number.POSITIVE_INFINITY,
      view: "committed",
    });
    await expect(loopLines(committed.cycles)).toMatchFileSnapshot(
      "../golden/curated-committed-cycles.jsonl",
    );
    await expect(json(committed.exposure)).toMatchFileSnapshot(
      "../golden/curated-committed-exposure.json",
    );
    await expect(json(committed.summary)).toMatchFileSnapshot(
      "../golden/curated-committed-summary.json",
    );
    expect(committed.summary.grossUsd).toBeLessThan(analysis.summary.grossUsd);
    for (const cycle of committed.cycles.cycles) {
      expect(cycle.committedBottleneckUsd).toBe(cycle.bottleneckUsd);
    }
  });

  it("matches the golden quarterly history of both views", async () => {
    const history = computeHistory(dataset, { maxCycles: Number.POSITIVE_INFINITY });
    expect(history.truncated).toBe(false);
    const last = history.points.at(-1)!;
    expect(last.announced.grossUsd).toBe(analysis.summary.grossUsd);
    expect(last.announced.cycleCount).toBe(analysis.summary.cycleCount);
    // One line per quarter, to be read in a diff.
    const lines = history.points.map((point) => JSON.stringify(point)).join("\n");
    await expect(`${lines}\n`).toMatchFileSnapshot("../golden/curated-history.jsonl");
  });

  it("no longer inflates Nvidia → OpenAI with the letter of intent its stake replaced", () => {
    /** The deals on the Nvidia → OpenAI hop of the Stargate loop. */
    const hop = (report: typeof analysis) => {
      const loop = report.cycles.cycles.find((c) => c.nodes.join() === "nvidia,openai,oracle");
      return loop?.deals[0] ?? [];
    };
    expect(hop(analysis)).not.toContain("nvidia-openai-2025-09-loi");
    expect(hop(analysis)).toContain("nvidia-openai-2026-02-equity");
    expect(hop(analyzeDataset(dataset, { includeSuperseded: true }))).toContain(
      "nvidia-openai-2025-09-loi",
    );
    // As of 2025-12-31 the stake is not dated yet: the letter counted then.
    expect(hop(analyzeDataset(dataset, { asOf: "2025-12-31" }))).toContain(
      "nvidia-openai-2025-09-loi",
    );
  });

  it("shows the loops the dataset was curated to show", () => {
    const loops = analysis.cycles.cycles.map((c) => c.nodes.join(" → "));
    expect(loops).toContain("nvidia → openai → oracle");
    expect(loops).toContain("coreweave → nvidia");
    expect(loops).toContain("coreweave → nvidia → openai");
    const stargate = analysis.cycles.cycles.find((c) => c.nodes.join() === "nvidia,openai,oracle");
    // The smallest leg is Oracle's GB200 order from Nvidia (an estimate of about $40B).
    expect(stargate?.bottleneckUsd).toBeGreaterThanOrEqual(10e9);
    expect(analysis.cycles.truncated).toBe(false);
  });

  it("gives Nvidia a round-trip share strictly between 0 and 1", () => {
    const nvidia = analysis.exposure.entities.find((e) => e.id === "nvidia");
    expect(nvidia?.roundTripShare).toBeGreaterThan(0);
    expect(nvidia?.roundTripShare).toBeLessThan(1);
    expect(nvidia?.maxRoundTripUsd).toBeGreaterThanOrEqual(nvidia?.roundTripUsd ?? 0);
  });
});
