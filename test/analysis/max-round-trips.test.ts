import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stronglyConnectedComponents } from "../../server/analysis/components.js";
import { TimeBudgetError } from "../../server/analysis/errors.js";
import { computeMaxRoundTrip } from "../../server/analysis/max-round-trip.js";
import { computeMaxRoundTrips } from "../../server/analysis/max-round-trips.js";
import { positiveFlow } from "../../server/analysis/positive-flow.js";
import { arbitraryDataset } from "../fixtures/arbitrary-dataset.js";
import { datasetOf, deal, flowOf, ringDataset } from "../fixtures/build-dataset.js";
import { denseFlow } from "./dense-flow.js";
import { relativeClose } from "./relative-close.js";

/** Max round-trip of x as the smallest cut over every x-split source side (brute force). */
function bruteMaxRoundTrip(W: number[][], x: number): number {
  const n = W.length;
  let best = Number.POSITIVE_INFINITY;
  for (let mask = 0; mask < 1 << n; mask++) {
    if (mask & (1 << x)) continue;
    const inside = (v: number) => v === x || (mask & (1 << v)) !== 0;
    let cut = 0;
    for (let u = 0; u < n; u++) {
      if (!inside(u)) continue;
      for (let v = 0; v < n; v++) if (v !== u && (v === x || !inside(v))) cut += W[u]![v]!;
    }
    best = Math.min(best, cut);
  }
  return best;
}

describe("computeMaxRoundTrips", () => {
  it("names each entity's bottleneck deals on one shared network per component", () => {
    // Ring a → b → c → a (10, 4, 7) and a ⇄ d (3, 5): two loops through a share one component.
    const flow = flowOf(
      datasetOf(
        ["a", "b", "c", "d"],
        [
          deal("d1", "a", "b", 10),
          deal("d2", "b", "c", 4),
          deal("d3", "c", "a", 7),
          deal("d4", "a", "d", 3),
          deal("d5", "d", "a", 5),
        ],
      ),
    );
    const positive = positiveFlow(flow);
    const rows = computeMaxRoundTrips(positive, stronglyConnectedComponents(positive));
    expect(rows).toEqual([
      { id: "a", maxRoundTripUsd: 7, bottleneckDeals: ["d2", "d4"] },
      { id: "b", maxRoundTripUsd: 4, bottleneckDeals: ["d2"] },
      { id: "c", maxRoundTripUsd: 4, bottleneckDeals: ["d2"] },
      { id: "d", maxRoundTripUsd: 3, bottleneckDeals: ["d4"] },
    ]);
  });

  it("agrees with the one-entity solve and with the brute-force minimum cut", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          arbitraryDataset({ amounts: "mixed", maxEntities: 8, maxDeals: 24 }),
          arbitraryDataset({ amounts: "wide", maxEntities: 8, maxDeals: 24 }),
        ),
        (data) => {
          const flow = flowOf(data);
          const positive = positiveFlow(flow);
          const rows = computeMaxRoundTrips(positive, stronglyConnectedComponents(positive));
          const { W } = denseFlow(data, () => true);
          expect(rows.map((row) => row.id)).toEqual(flow.ids);
          rows.forEach((row, x) => {
            expect(row).toEqual(computeMaxRoundTrip(flow, row.id));
            expect(relativeClose(row.maxRoundTripUsd, bruteMaxRoundTrip(W, x))).toBe(true);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("computeMaxRoundTrips within a time budget", () => {
  const ring = (n: number) => flowOf(ringDataset(n));

  it("stops between solves once the budget is spent, saying how far it got", () => {
    const flow = ring(50);
    const positive = positiveFlow(flow);
    const components = stronglyConnectedComponents(positive);
    let thrown: unknown;
    try {
      computeMaxRoundTrips(positive, components, 0);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TimeBudgetError);
    const error = thrown as TimeBudgetError;
    expect(error.option).toBe("exposureBudgetMs");
    expect(error.work.total).toBe(50);
    expect(error.work.done).toBeLessThan(50);
    expect(error.message).toMatch(
      /^computeMaxRoundTrips: the max round-trips of the entities on a cycle did not finish within the time budget of 0 ms \(exposureBudgetMs\): \d+ of 50 done$/,
    );
  });

  it("answers as without a budget when the budget suffices, and needs none without a cycle", () => {
    const flow = ring(30);
    const positive = positiveFlow(flow);
    const components = stronglyConnectedComponents(positive);
    expect(computeMaxRoundTrips(positive, components, 60_000)).toEqual(
      computeMaxRoundTrips(positive, components),
    );
    const chain = positiveFlow(
      flowOf(
        datasetOf(
          ["a", "b", "c"],
          [
            { from: "a", to: "b", amountUsd: 1 },
            { from: "b", to: "c", amountUsd: 1 },
          ],
        ),
      ),
    );
    expect(() => computeMaxRoundTrips(chain, stronglyConnectedComponents(chain), 0)).not.toThrow();
  });
});
