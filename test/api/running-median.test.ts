import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRunningMedian } from "../../server/api/running-median.js";

describe("createRunningMedian", () => {
  it("has no median before minSamples values", () => {
    const median = createRunningMedian({ minSamples: 3 });
    median.add(5);
    median.add(7);
    expect(median.median()).toBeNull();
    median.add(100);
    expect(median.median()).toBe(7);
  });

  it("is the median of the latest `window` values (brute force: sort them)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 60_000 }), { minLength: 1, maxLength: 80 }),
        fc.integer({ min: 1, max: 40 }),
        (values, window) => {
          const median = createRunningMedian({ window, minSamples: 1 });
          for (const value of values) median.add(value);
          const kept = values.slice(-window).sort((a, b) => a - b);
          const mid = Math.floor(kept.length / 2);
          const expected = kept.length % 2 ? kept[mid]! : (kept[mid - 1]! + kept[mid]!) / 2;
          expect(median.median()).toBe(expected);
        },
      ),
    );
  });
});
