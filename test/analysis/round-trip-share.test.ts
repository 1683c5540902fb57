import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidOptionError, UnknownEntityError } from "../../server/analysis/errors.js";
import {
  computeRoundTripShare,
  ITERATIVE_FIRST_MEMBERS,
} from "../../server/analysis/round-trip-share.js";
import { computeRoundTripShares } from "../../server/analysis/round-trip-shares.js";
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

  it("solves a large component iteratively first, to within the tolerance of the exact elimination", () => {
    // A ring of 1,300 companies with seeded random chords and amounts: one component, beyond
    // ITERATIVE_FIRST_MEMBERS, where a few dozen sweeps prove the bound.
    const size = 1_300;
    expect(size).toBeGreaterThan(ITERATIVE_FIRST_MEMBERS);
    let seed = 12_345;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const ids = Array.from({ length: size }, (_, k) => `e${String(k).padStart(4, "0")}`);
    const deals = ids.map((id, k) => deal(`r${k}`, id, ids[(k + 1) % size]!, 1 + random() * 1e6));
    for (let k = 0; k < 3 * size; k++) {
      const from = Math.floor(random() * size);
      const to = Math.floor(random() * size);
      if (from !== to) deals.push(deal(`c${k}`, ids[from]!, ids[to]!, 1 + random() * 1e6));
    }
    const flow = flowOf(datasetOf(ids, deals));
    const exact = computeRoundTripShares(flow);
    expect(new Set(exact.method)).toEqual(new Set(["dense"]));
    for (let x = 0; x < size; x += 97) {
      const single = computeRoundTripShare(flow, ids[x]!, { tolerance: 1e-13 });
      expect(single).toMatchObject({ method: "iterative", converged: true });
      expect(single.share).toBeLessThanOrEqual(exact.share[x]! * (1 + 1e-12));
      expect(relativeClose(single.share, exact.share[x]!, 1e-12)).toBe(true);
    }
  });
});
