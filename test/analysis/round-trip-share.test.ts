import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidOptionError, UnknownEntityError } from "../../server/analysis/errors.js";
import { computeRoundTripShare } from "../../server/analysis/round-trip-share.js";
import { arbitraryDataset } from "../fixtures/arbitrary-dataset.js";
import { datasetOf, deal, flowOf } from "../fixtures/build-dataset.js";
import { toNumber } from "./exact-rational.js";
import { relativeClose } from "./relative-close.js";
import { exactFlow, exactShare } from "./round-trip-oracle.js";

describe("computeRoundTripShare", () => {
  for (const [label, options] of [
    ["exact elimination", {}],
    ["Gauss–Seidel", { denseLimit: 0 }],
  ] as const) {
    it(`matches the exact oracle for every entity (${label})`, () => {
      fc.assert(
        fc.property(
          arbitraryDataset({ amounts: "mixed", maxEntities: 7, maxDeals: 16 }),
          (data) => {
            const flow = flowOf(data);
            const exact = exactFlow(data);
            flow.ids.forEach((id, x) => {
              const result = computeRoundTripShare(flow, id, options);
              expect(result.converged).toBe(true);
              expect(relativeClose(result.share, toNumber(exactShare(exact, x)))).toBe(true);
              expect(result.roundTripUsd).toBeCloseTo(result.share * flow.outflowUsd[x]!, 6);
            });
          },
        ),
        { numRuns: 150 },
      );
    });
  }

  it("reports a capped iterative solve as not converged, with a lower bound", () => {
    // a ⇄ b with 1 and 1e6 (nearly closed at b), c feeding in: Gauss–Seidel crawls.
    const ids = ["a", "b", "c"];
    const flow = flowOf(
      datasetOf(ids, [
        deal("d1", "a", "b", 1),
        deal("d2", "b", "a", 1),
        deal("d3", "b", "c", 1e6),
        deal("d4", "c", "b", 1e6),
      ]),
    );
    const exact = computeRoundTripShare(flow, "a");
    const capped = computeRoundTripShare(flow, "a", { denseLimit: 0, maxIterations: 2 });
    expect(exact.method).toBe("dense");
    expect(capped).toMatchObject({ method: "iterative", converged: false, iterations: 2 });
    expect(capped.share).toBeLessThanOrEqual(exact.share);
  });

  it("throws typed errors for an unknown entity or a bad option", () => {
    const flow = flowOf({ entities: [], deals: [] });
    expect(() => computeRoundTripShare(flow, "nvidia")).toThrow(UnknownEntityError);
    expect(() => computeRoundTripShare(flow, "nvidia", { tolerance: 0 })).toThrow(
      InvalidOptionError,
    );
  });
});
