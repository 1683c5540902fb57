import { describe, expect, it } from "vitest";
import { UnknownEntityError } from "../../server/analysis/errors.js";
import { computeMaxRoundTrip } from "../../server/analysis/max-round-trip.js";
import { datasetOf, deal, flowOf } from "../fixtures/build-dataset.js";

describe("computeMaxRoundTrip", () => {
  it("adds parallel loops and names the deals of the narrowest cross-section", () => {
    // x → a 50 (d1), a → x 20 (d2) and 5 (d3); x → b 10 (d4), b → x 30 (d5); x → c 7 (d6), c → x undisclosed (d7).
    // Via a: min(50, 25) = 25, cut {d2, d3}; via b: min(10, 30) = 10, cut {d4}; via c: 0 (d7 carries nothing).
    // Max round-trip = 35, bottleneck deals d2, d3, d4.
    const flow = flowOf(
      datasetOf(
        ["x", "a", "b", "c"],
        [
          deal("d1", "x", "a", 50),
          deal("d2", "a", "x", 20),
          deal("d3", "a", "x", 5),
          deal("d4", "x", "b", 10),
          deal("d5", "b", "x", 30),
          deal("d6", "x", "c", 7),
          deal("d7", "c", "x", null),
        ],
      ),
    );
    expect(computeMaxRoundTrip(flow, "x")).toEqual({
      id: "x",
      maxRoundTripUsd: 35,
      bottleneckDeals: ["d2", "d3", "d4"],
    });
    expect(computeMaxRoundTrip(flow, "c")).toEqual({
      id: "c",
      maxRoundTripUsd: 0,
      bottleneckDeals: [],
    });
    expect(() => computeMaxRoundTrip(flow, "y")).toThrow(UnknownEntityError);
  });
});
