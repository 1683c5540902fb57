import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeBoundedMaxRoundTrips } from "../../server/analysis/bounded-max-round-trips.js";
import { InvalidOptionError } from "../../server/analysis/errors.js";
import { computeMaxRoundTrip } from "../../server/analysis/max-round-trip.js";
import { arbitraryDataset } from "../fixtures/arbitrary-dataset.js";
import { datasetOf, deal, flowOf } from "../fixtures/build-dataset.js";

const ring = () =>
  flowOf(
    datasetOf(
      ["a", "b", "c", "d", "e"],
      [
        deal("d1", "a", "b", 10),
        deal("d2", "b", "c", 4),
        deal("d3", "c", "a", 7),
        deal("d4", "a", "d", 3),
        deal("d5", "d", "a", 5),
        deal("d6", "e", "a", 2),
      ],
    ),
  );

describe("computeBoundedMaxRoundTrips", () => {
  it("solves every entity without a budget, as the one-entity solve does", () => {
    const flow = ring();
    const progress: [number, number][] = [];
    const result = computeBoundedMaxRoundTrips(flow, {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(result.truncated).toBe(false);
    expect(result.computed).toBe(5);
    expect(result.rows).toEqual(flow.ids.map((id) => computeMaxRoundTrip(flow, id)));
    // e is alone in its component (0 at once); then the ring's component of four.
    expect(progress).toEqual([
      [1, 5],
      [5, 5],
    ]);
  });

  it("stops at the budget: the entities alone in their component are still given, the rest null", () => {
    const flow = ring();
    const result = computeBoundedMaxRoundTrips(flow, { timeBudgetMs: 0 });
    expect(result.truncated).toBe(true);
    expect(result.computed).toBe(1);
    expect(result.rows).toEqual([null, null, null, null, computeMaxRoundTrip(flow, "e")]);
  });

  it("rejects a budget that is not a number ≥ 0", () => {
    expect(() => computeBoundedMaxRoundTrips(ring(), { timeBudgetMs: -1 })).toThrow(
      InvalidOptionError,
    );
    expect(() => computeBoundedMaxRoundTrips(ring(), { timeBudgetMs: Number.NaN })).toThrow(
      /expected timeBudgetMs ≥ 0, received NaN/,
    );
  });

  it("whatever the budget, every row given is the one-entity solve's (property)", () => {
    fc.assert(
      fc.property(
        arbitraryDataset({ amounts: "mixed", maxEntities: 8, maxDeals: 24 }),
        fc.constantFrom(0, Number.POSITIVE_INFINITY),
        (data, timeBudgetMs) => {
          const flow = flowOf(data);
          const result = computeBoundedMaxRoundTrips(flow, { timeBudgetMs });
          expect(result.rows.length).toBe(flow.n);
          expect(result.rows.filter((row) => row !== null).length).toBe(result.computed);
          expect(result.truncated).toBe(result.computed < flow.n);
          result.rows.forEach((row, x) => {
            if (row !== null) expect(row).toEqual(computeMaxRoundTrip(flow, flow.ids[x]!));
          });
          if (timeBudgetMs === Number.POSITIVE_INFINITY) expect(result.computed).toBe(flow.n);
        },
      ),
      { numRuns: 150 },
    );
  });
});
