import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeExposure } from "../../server/analysis/compute-exposure.js";
import { UnknownEntityError } from "../../server/analysis/errors.js";
import { arbitraryDataset } from "../fixtures/arbitrary-dataset.js";
import { datasetOf, deal, flowOf, threeCompanyRing } from "../fixtures/build-dataset.js";
import { denseFlow } from "./dense-flow.js";
import { relativeClose } from "./relative-close.js";

/** Max round-trip of x by enumerating every source side S ⊆ V∖{x} (x's source copy inside, sink copy outside). */
function bruteMaxRoundTrip(W: number[][], x: number): number {
  const n = W.length;
  let best = Number.POSITIVE_INFINITY;
  for (let mask = 0; mask < 1 << n; mask++) {
    if (mask & (1 << x)) continue;
    const inS = (v: number) => v === x || (mask & (1 << v)) !== 0;
    let cut = 0;
    for (let u = 0; u < n; u++) {
      if (!inS(u)) continue;
      for (let v = 0; v < n; v++) {
        // An edge into x enters the sink copy, always outside S; an edge out of x leaves the source copy.
        if (v === x || !inS(v)) cut += u === x && v === x ? 0 : W[u]![v]!;
      }
    }
    best = Math.min(best, cut);
  }
  return best;
}

describe("computeExposure", () => {
  it("works out the three-company ring by hand", () => {
    // nvidia → openai 100 (d1), openai → oracle 300 (d2), oracle → nvidia 40 (d3).
    // r: nvidia 2/15, openai 2/15, oracle 1 → roundTripUsd 13.33…, 40, 40.
    // Max round-trip: every loop goes through oracle → nvidia (40): 40 each, bottleneck [d3].
    // Concentration: each has one payer, share 1. Vendor-financed: no pair pays both ways → 0.
    const flow = flowOf(datasetOf(["nvidia", "openai", "oracle"], threeCompanyRing()));
    const { entities } = computeExposure(flow);
    expect(entities.map((e) => e.id)).toEqual(["nvidia", "openai", "oracle"]);
    expect(entities[0]).toMatchObject({
      outflowUsd: 100,
      inflowUsd: 40,
      maxRoundTripUsd: 40,
      bottleneckDeals: ["d3"],
    });
    expect(entities[0]!.roundTripUsd).toBeCloseTo(100 * (2 / 15), 12);
    expect(entities[1]!.roundTripUsd).toBeCloseTo(40, 12);
    expect(entities[2]).toMatchObject({ roundTripShare: 1, roundTripUsd: 40, maxRoundTripUsd: 40 });
    expect(entities[0]).toMatchObject({
      topCounterparty: "oracle",
      topCounterpartyShare: 1,
      vendorFinancedShare: 0,
    });
  });

  it("works out the two-company loop with parallel deals by hand", () => {
    // a → b: 70 (d1) + 30 (d4) = 100; b → a: 60 (d2); c → a: 40 (d3).
    // r(a) = θ(b) = 60/100 = 0.6 → 60. r(b): b's 60 reach a, θ(a) = min(1, 100/100) = 1 → 1 → 60.
    // Max round-trip of a = min(100, 60) = 60; residual side {a, b}: cut b → a [d2]. Same for b.
    // Concentration of a: in 100 = 60 from b + 40 from c → top b, 0.6.
    // Vendor-financed: a: min(100, 60)/100 = 0.6; b: min(60, 100)/100 = 0.6.
    const flow = flowOf(
      datasetOf(
        ["a", "b", "c"],
        [
          deal("d1", "a", "b", 70),
          deal("d4", "a", "b", 30),
          deal("d2", "b", "a", 60),
          deal("d3", "c", "a", 40),
        ],
      ),
    );
    const [a, b, c] = computeExposure(flow).entities;
    expect(a).toMatchObject({
      outflowUsd: 100,
      inflowUsd: 100,
      maxRoundTripUsd: 60,
      bottleneckDeals: ["d2"],
    });
    expect(a!.roundTripShare).toBeCloseTo(0.6, 15);
    expect(a).toMatchObject({
      topCounterparty: "b",
      topCounterpartyShare: 0.6,
      vendorFinancedShare: 0.6,
    });
    expect(b).toMatchObject({
      roundTripShare: 1,
      roundTripUsd: 60,
      maxRoundTripUsd: 60,
      bottleneckDeals: ["d2"],
    });
    expect(b!.vendorFinancedShare).toBeCloseTo(0.6, 15);
    expect(c).toMatchObject({
      roundTripShare: 0,
      maxRoundTripUsd: 0,
      bottleneckDeals: [],
      topCounterparty: null,
    });
  });

  it("gives zeros for entities with no deals and for the empty graph", () => {
    const { entities } = computeExposure(flowOf(datasetOf(["__proto__", "lonely"], [])));
    expect(entities).toEqual(
      ["__proto__", "lonely"].map((id) => ({
        id,
        outflowUsd: 0,
        inflowUsd: 0,
        roundTripShare: 0,
        roundTripUsd: 0,
        maxRoundTripUsd: 0,
        bottleneckDeals: [],
        returnProbability: 0,
        topCounterparty: null,
        topCounterpartyShare: 0,
        vendorFinancedShare: 0,
      })),
    );
    expect(computeExposure(flowOf(datasetOf([], []))).entities).toEqual([]);
  });

  it("throws UnknownEntityError for an unknown entity", () => {
    const flow = flowOf(datasetOf(["a"], []));
    expect(() => computeExposure(flow, { entity: "oracel" })).toThrow(UnknownEntityError);
  });

  it("agrees with brute force and with itself on random multigraphs", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          arbitraryDataset({ amounts: "mixed", maxEntities: 7 }),
          arbitraryDataset({ amounts: "wide", maxEntities: 7 }),
        ),
        (data) => {
          const flow = flowOf(data);
          const report = computeExposure(flow);
          const { W, in: inflow, ids } = denseFlow(data, () => true);
          expect(report.entities.map((e) => e.id)).toEqual(ids);
          report.entities.forEach((row, x) => {
            for (const value of Object.values(row))
              if (typeof value === "number") expect(Number.isNaN(value)).toBe(false);
            expect(relativeClose(row.maxRoundTripUsd, bruteMaxRoundTrip(W, x))).toBe(true);
            // The pass-through round trip is a feasible x → x flow, so it never exceeds the maximum.
            expect(row.roundTripUsd).toBeLessThanOrEqual(row.maxRoundTripUsd * (1 + 1e-9));
            const payers = W.map((r) => r[x]!);
            const top = Math.max(0, ...payers);
            expect(row.topCounterpartyShare).toBeCloseTo(inflow[x]! > 0 ? top / inflow[x]! : 0, 12);
            if (top > 0) expect(W[ids.indexOf(row.topCounterparty!)]![x]).toBe(top);
            const vendor = W.reduce((sum, r, c) => sum + Math.min(W[x]![c]!, r[x]!), 0);
            expect(row.vendorFinancedShare).toBeCloseTo(
              inflow[x]! > 0 ? vendor / inflow[x]! : 0,
              12,
            );
            // The single-entity fast path gives the same row.
            const [single] = computeExposure(flow, { entity: row.id }).entities;
            const { roundTripShare, roundTripUsd, returnProbability, ...rest } = single!;
            expect({ ...row, roundTripShare, roundTripUsd, returnProbability }).toEqual({
              ...row,
              ...rest,
              roundTripShare,
              roundTripUsd,
              returnProbability,
            });
            expect(relativeClose(roundTripShare, row.roundTripShare)).toBe(true);
            expect(relativeClose(returnProbability, row.returnProbability)).toBe(true);
            expect(row.bottleneckDeals.length === 0).toBe(row.maxRoundTripUsd === 0);
          });
          expect(JSON.stringify(computeExposure(flow))).toBe(JSON.stringify(report));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("computeExposure without the max round-trip", () => {
  it("gives every other figure and warning as the full report, the max fields null", () => {
    fc.assert(
      fc.property(arbitraryDataset({ amounts: "mixed", maxEntities: 7 }), (dataset) => {
        const flow = flowOf(dataset);
        const full = computeExposure(flow);
        const light = computeExposure(flow, { maxRoundTrip: false });
        expect(light.warnings).toEqual(full.warnings);
        expect(light.entities).toEqual(
          full.entities.map((row) => ({ ...row, maxRoundTripUsd: null, bottleneckDeals: null })),
        );
        // The same field order: serialized rows differ only in the two values.
        expect(light.entities.map((row) => Object.keys(row))).toEqual(
          full.entities.map((row) => Object.keys(row)),
        );
      }),
      { numRuns: 100 },
    );
  });

  it("leaves it out for one entity too", () => {
    const flow = flowOf(datasetOf(["nvidia", "openai", "oracle"], threeCompanyRing()));
    const [row] = computeExposure(flow, { entity: "openai", maxRoundTrip: false }).entities;
    expect(row).toMatchObject({ id: "openai", maxRoundTripUsd: null, bottleneckDeals: null });
    const [full] = computeExposure(flow, { entity: "openai" }).entities;
    expect(full!.maxRoundTripUsd).toBeGreaterThan(0);
    expect(row!.roundTripShare).toBe(full!.roundTripShare);
  });
});
