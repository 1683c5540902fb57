// Golden files: the full analysis of the curated dataset, reviewed by hand and kept in
// test/golden/. A change in the data or the engine shows up as a diff there (`vitest -u`
// rewrites them; read the diff before committing it).

import { describe, expect, it } from "vitest";
import { analyzeDataset } from "../../server/analysis/analyze-dataset.js";
import { loadDataset } from "../../server/dataset/load-dataset.js";

const { dataset } = await loadDataset();
const analysis = analyzeDataset(dataset, { maxCycles: Number.POSITIVE_INFINITY });
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe("analysis of the curated dataset", () => {
  it("matches the golden cycles", async () => {
    await expect(json(analysis.cycles)).toMatchFileSnapshot("../golden/curated-cycles.json");
  });

  it("matches the golden exposure", async () => {
    await expect(json(analysis.exposure)).toMatchFileSnapshot("../golden/curated-exposure.json");
  });

  it("matches the golden summary", async () => {
    await expect(json(analysis.summary)).toMatchFileSnapshot("../golden/curated-summary.json");
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
