import { describe, expect, it } from "vitest";
import { buildFinancingGraph } from "../../server/analysis/build-financing-graph.js";
import { UnknownEntityError } from "../../server/analysis/errors.js";
import { computeFlowMatrix } from "../../server/analysis/flow-matrix.js";
import type { Deal, DealType } from "../../server/analysis/types.js";
import { computeVendorFinancedShare } from "../../server/analysis/vendor-financing.js";

const deal = (id: string, from: string, to: string, amountUsd: number, type: DealType): Deal => ({
  id,
  from,
  to,
  type,
  amountUsd,
  amountBasis: "committed",
  date: "2025",
  status: "signed",
  sources: [],
});

describe("computeVendorFinancedShare", () => {
  it("works out a chipmaker funding two customers by hand", () => {
    // chips invests 50 in labA, which buys 80 of chips; invests 30 in labB, which buys 10;
    // labC buys 60 without funding. in(chips) = 150.
    // Σ min: min(50, 80) + min(30, 10) = 60 → 60 / 150 = 0.4.
    const flow = computeFlowMatrix(
      buildFinancingGraph({
        entities: ["chips", "labA", "labB", "labC"].map((id) => ({ id, name: id, kind: "other" })),
        deals: [
          deal("d1", "chips", "labA", 50, "equity"),
          deal("d2", "labA", "chips", 80, "chip_purchase"),
          deal("d3", "chips", "labB", 30, "equity"),
          deal("d4", "labB", "chips", 10, "chip_purchase"),
          deal("d5", "labC", "chips", 60, "chip_purchase"),
        ],
      }),
    );
    expect(computeVendorFinancedShare(flow, "chips")).toBeCloseTo(0.4, 15);
    // labA: in 50, min(80, 50) = 50 → 1.
    expect(computeVendorFinancedShare(flow, "labA")).toBe(1);
    expect(computeVendorFinancedShare(flow, "labC")).toBe(0);
    expect(() => computeVendorFinancedShare(flow, "nobody")).toThrow(UnknownEntityError);
  });
});
