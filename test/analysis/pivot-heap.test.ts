import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PivotHeap } from "../../server/analysis/pivot-heap.js";

describe("PivotHeap", () => {
  it("pops (cost, index) pairs in ascending cost, ties by index, through interleaved pushes", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ cost: fc.integer({ min: 0, max: 20 }), index: fc.nat({ max: 300 }) }),
            fc.constant("pop" as const),
          ),
          { maxLength: 400 },
        ),
        (operations) => {
          const heap = new PivotHeap();
          const brute: { cost: number; index: number }[] = [];
          for (const operation of operations) {
            if (operation !== "pop") {
              heap.push(operation.cost, operation.index);
              brute.push(operation);
              continue;
            }
            if (brute.length === 0) continue;
            brute.sort((a, b) => a.cost - b.cost || a.index - b.index);
            const expected = brute.shift()!;
            expect(heap.popIndex()).toBe(expected.index);
            expect(heap.poppedCost).toBe(expected.cost);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
