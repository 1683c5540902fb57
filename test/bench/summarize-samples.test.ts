import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { summarizeSamples } from "../../bench/summarize-samples.js";

describe("summarizeSamples", () => {
  it("gives the median, min and max of any sample, independent of order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, min: -1e9, max: 1e9 }), { minLength: 1 }),
        (xs) => {
          const s = summarizeSamples(xs);
          const sorted = [...xs].sort((a, b) => a - b);
          expect(s.runs).toBe(xs.length);
          expect(s.min).toBe(sorted[0]);
          expect(s.max).toBe(sorted[sorted.length - 1]);
          const below = xs.filter((x) => x < s.median).length;
          const above = xs.filter((x) => x > s.median).length;
          expect(below).toBeLessThanOrEqual(xs.length / 2);
          expect(above).toBeLessThanOrEqual(xs.length / 2);
          expect(summarizeSamples([...xs].reverse())).toEqual(s);
        },
      ),
    );
  });

  it("averages the two middle values of an even sample", () => {
    expect(summarizeSamples([4, 1, 3, 2]).median).toBe(2.5);
  });

  it("reports an empty sample as no runs", () => {
    expect(summarizeSamples([]).runs).toBe(0);
  });
});
