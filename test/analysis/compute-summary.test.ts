import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeSummary } from "../../server/analysis/compute-summary.js";
import { findCycles } from "../../server/analysis/find-cycles.js";
import type { Dataset } from "../../server/analysis/types.js";
import { arbitraryDataset } from "../fixtures/arbitrary-dataset.js";
import { datasetOf, deal, flowOf, threeCompanyRing } from "../fixtures/build-dataset.js";
import { div, isZero, mul, toNumber } from "./exact-rational.js";
import { relativeClose } from "./relative-close.js";
import { exactFlow, exactShare } from "./round-trip-oracle.js";

const summarize = (data: Dataset) => {
  const flow = flowOf(data);
  return computeSummary(flow, findCycles(flow));
};

describe("computeSummary", () => {
  it("works out the three-company ring by hand", () => {
    // W: nvidia → openai 100, openai → oracle 300, oracle → nvidia 40; gross 440.
    // |out − in|: nvidia |100 − 40| = 60, openai |300 − 100| = 200, oracle |40 − 300| = 260 → net 260.
    // Compressible excess = 440 − 260 = 180.
    // Finn: T = 100, 300, 300; r_F = θ·r: nvidia 1·2/15, openai 1·2/15, oracle (40/300)·1 = 2/15.
    // Index = (100 + 300 + 300)·(2/15) / 700 = 2/15.
    const summary = summarize(
      datasetOf(
        ["nvidia", "openai", "oracle", "idle"],
        [...threeCompanyRing(), deal("d4", "idle", "idle", 5)],
      ),
    );
    expect(summary).toMatchObject({
      entityCount: 4,
      includedDealCount: 3,
      pairCount: 3,
      grossUsd: 440,
      netUsd: 260,
      compressibleExcessUsd: 180,
      cycleCount: 1,
      cyclesTruncated: false,
      largestComponentSize: 3,
      cyclingEntityCount: 3,
    });
    expect(summary.finnCyclingIndex).toBeCloseTo(2 / 15, 15);
  });

  it("is all zeros for the empty graph", () => {
    expect(summarize({ entities: [], deals: [] })).toMatchObject({
      grossUsd: 0,
      compressibleExcessUsd: 0,
      finnCyclingIndex: 0,
      largestComponentSize: 0,
      cycleCount: 0,
    });
  });

  it("matches the definitions on random multigraphs (exact oracle for Finn's index)", () => {
    fc.assert(
      fc.property(arbitraryDataset({ amounts: "mixed" }), (data) => {
        const s = summarize(data);
        const exact = exactFlow(data);
        let gross = 0;
        let imbalance = 0;
        let cycled = 0;
        let throughput = 0;
        for (let i = 0; i < exact.n; i++) {
          const out = toNumber(exact.out[i]!);
          const inn = toNumber(exact.in[i]!);
          gross += out;
          imbalance += Math.abs(out - inn);
          const T = Math.max(out, inn);
          throughput += T;
          const r = exactShare(exact, i);
          const f = isZero(exact.T[i]!) ? 0 : toNumber(div(mul(r, exact.out[i]!), exact.T[i]!));
          cycled += f * T;
        }
        expect(s.grossUsd).toBe(gross);
        expect(s.compressibleExcessUsd).toBeCloseTo(gross - imbalance / 2, 9);
        expect(s.compressibleExcessUsd).toBeGreaterThanOrEqual(0);
        expect(
          relativeClose(s.finnCyclingIndex, throughput > 0 ? cycled / throughput : 0, 1e-9),
        ).toBe(true);
        expect(Number.isNaN(s.finnCyclingIndex)).toBe(false);
      }),
    );
  });
});
