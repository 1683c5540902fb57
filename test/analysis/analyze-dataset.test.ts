import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ANALYZE_DEFAULTS, analyzeDataset } from "../../server/analysis/analyze-dataset.js";
import { TimeBudgetError, UnknownEntityError } from "../../server/analysis/errors.js";
import { arbitraryDataset } from "../fixtures/arbitrary-dataset.js";
import { datasetOf, deal, threeCompanyRing } from "../fixtures/build-dataset.js";

const ring = datasetOf(
  ["nvidia", "openai", "oracle"],
  [...threeCompanyRing(), deal("d4", "oracle", "nvidia", 1000, "equity", { status: "cancelled" })],
);

describe("analyzeDataset", () => {
  it("answers the SPEC §5 shape for a three-company ring", () => {
    const analysis = analyzeDataset(ring);
    expect(analysis.cycles).toEqual({
      cycles: [
        {
          nodes: ["nvidia", "openai", "oracle"],
          bottleneckUsd: 40,
          bottleneckHop: 2,
          committedBottleneckUsd: 40,
          deals: [["d1"], ["d2"], ["d3"]],
        },
      ],
      truncated: false,
      truncatedReason: null,
    });
    expect(
      analysis.exposure.entities.map((e) => [e.id, e.maxRoundTripUsd, e.bottleneckDeals]),
    ).toEqual([
      ["nvidia", 40, ["d3"]],
      ["openai", 40, ["d3"]],
      ["oracle", 40, ["d3"]],
    ]);
    expect(analysis.summary).toMatchObject({ grossUsd: 440, cycleCount: 1, includedDealCount: 3 });
    expect(analysis.warnings).toEqual([]);
  });

  it("applies inclusion options and cycle bounds, and warns when a bound cuts the enumeration", () => {
    const withCancelled = analyzeDataset(ring, { statuses: ["signed", "cancelled"] });
    expect(withCancelled.summary.grossUsd).toBe(1440);
    const none = analyzeDataset(ring, { asOf: "2024" });
    expect(none.summary.grossUsd).toBe(0);
    expect(none.exposure.entities.every((e) => e.roundTripShare === 0)).toBe(true);
    const cut = analyzeDataset(ring, { maxCycles: 0 });
    expect(cut.cycles.truncated).toBe(true);
    expect(cut.warnings.map((w) => w.path)).toEqual(["cycles"]);
  });

  it("computes every figure in the committed view, and the committed bottleneck in either", () => {
    const headline = {
      ...ring,
      deals: ring.deals.map((d) =>
        d.id === "d1" ? { ...d, amountBasis: "headline" as const } : d,
      ),
    };
    const announced = analyzeDataset(headline);
    expect(announced.cycles.cycles[0]).toMatchObject({
      bottleneckUsd: 40,
      committedBottleneckUsd: 0,
    });
    const committed = analyzeDataset(headline, { view: "committed" });
    expect(committed.cycles.cycles).toEqual([]);
    expect(committed.summary.grossUsd).toBe(announced.summary.grossUsd - 100);
    expect(committed.summary.includedDealCount).toBe(announced.summary.includedDealCount - 1);
    expect(committed.exposure.entities.every((e) => e.roundTripShare === 0)).toBe(true);
    const nvidia = committed.counterpartyExposure.find((e) => e.id === "nvidia")!;
    expect(nvidia.exposureTo.some((row) => row.deals.includes("d1"))).toBe(false);
  });

  it("computes one entity's exposure when asked, and rejects unknown ones", () => {
    expect(analyzeDataset(ring, { entity: "openai" }).exposure.entities.map((e) => e.id)).toEqual([
      "openai",
    ]);
    expect(() => analyzeDataset(ring, { entity: "oracel" })).toThrow(UnknownEntityError);
  });

  it("has frozen defaults", () => {
    expect(Object.isFrozen(ANALYZE_DEFAULTS)).toBe(true);
  });

  it("is deterministic and NaN-free on random datasets", () => {
    fc.assert(
      fc.property(arbitraryDataset({ amounts: "mixed" }), (data) => {
        const text = JSON.stringify(analyzeDataset(data));
        expect(text).not.toContain("NaN");
        const shuffled = {
          entities: [...data.entities].reverse(),
          deals: [...data.deals].reverse(),
        };
        expect(JSON.stringify(analyzeDataset(shuffled))).toBe(text);
      }),
    );
  });
});

describe("analyzeDataset's exposure budget", () => {
  it("ends the exposure step with TimeBudgetError past exposureBudgetMs, however the cycles went", () => {
    const ring = datasetOf(["nvidia", "openai", "oracle"], threeCompanyRing());
    expect(() => analyzeDataset(ring, { exposureBudgetMs: 0 })).toThrow(TimeBudgetError);
    expect(analyzeDataset(ring, { exposureBudgetMs: 60_000 })).toEqual(analyzeDataset(ring));
    expect(ANALYZE_DEFAULTS.exposureBudgetMs).toBe(Number.POSITIVE_INFINITY);
  });

  it("ends it by the job's deadline too, whichever comes first (one deadline per job)", () => {
    const ring = datasetOf(["nvidia", "openai", "oracle"], threeCompanyRing());
    // A deadline already past: nothing is left for the exposure step, whatever its own budget.
    const past = performance.now() - 1;
    expect(() => analyzeDataset(ring, { exposureBudgetMs: 60_000 }, past)).toThrow(
      /time budget of 0 ms \(exposureBudgetMs\): 0 of 3 done$/,
    );
    // A deadline far off changes nothing.
    const far = performance.now() + 3_600_000;
    expect(analyzeDataset(ring, { exposureBudgetMs: 60_000 }, far)).toEqual(analyzeDataset(ring));
  });
});
