import { describe, expect, it } from "vitest";
import { UnknownEntityError } from "../../server/analysis/errors.js";
import { computeVendorFinancedShare } from "../../server/analysis/vendor-financed-share.js";
import { datasetOf, deal, flowOf } from "../fixtures/build-dataset.js";

describe("computeVendorFinancedShare", () => {
  it("works out a chipmaker funding two customers by hand", () => {
    // chips invests 50 in labA, which buys 80 of chips; invests 30 in labB, which buys 10;
    // labC buys 60 without funding. in(chips) = 150.
    // Σ min: min(50, 80) + min(30, 10) = 60 → 60 / 150 = 0.4.
    const flow = flowOf(
      datasetOf(
        ["chips", "labA", "labB", "labC"],
        [
          deal("d1", "chips", "labA", 50, "equity"),
          deal("d2", "labA", "chips", 80, "chip_purchase"),
          deal("d3", "chips", "labB", 30, "equity"),
          deal("d4", "labB", "chips", 10, "chip_purchase"),
          deal("d5", "labC", "chips", 60, "chip_purchase"),
        ],
      ),
    );
    expect(computeVendorFinancedShare(flow, "chips")).toBeCloseTo(0.4, 15);
    // labA: in 50, min(80, 50) = 50 → 1.
    expect(computeVendorFinancedShare(flow, "labA")).toBe(1);
    expect(computeVendorFinancedShare(flow, "labC")).toBe(0);
    expect(() => computeVendorFinancedShare(flow, "nobody")).toThrow(UnknownEntityError);
  });
});
