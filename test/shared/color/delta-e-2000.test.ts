import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deltaE2000, type Lab, rgbToLab } from "../../../shared/color/delta-e-2000.js";

const lab = fc.tuple(
  fc.double({ min: 0, max: 100, noNaN: true }),
  fc.double({ min: -128, max: 127, noNaN: true }),
  fc.double({ min: -128, max: 127, noNaN: true }),
);

describe("deltaE2000", () => {
  // Sharma, Wu and Dalal (2005), Table 1: pairs 1–4, 7, 13, 14 and 17–20.
  const pairs: [Lab, Lab, number][] = [
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
    [[50, 2.8361, -74.02], [50, 0, -82.7485], 3.4412],
    [[50, -1.3802, -84.2814], [50, 0, -82.7485], 1.0],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
    [[50, 2.49, -0.001], [50, -2.49, 0.0011], 7.2195],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[50, 2.5, 0], [61, -5, 29], 22.8977],
    [[50, 2.5, 0], [56, -27, -3], 31.903],
    [[50, 2.5, 0], [58, 24, 15], 19.4535],
  ];
  it.each(pairs)("matches the published test data: %j vs %j → %d", (a, b, expected) => {
    expect(deltaE2000(a, b)).toBeCloseTo(expected, 4);
    expect(deltaE2000(b, a)).toBeCloseTo(expected, 4);
  });

  it("is zero for a colour and itself, symmetric and never negative", () => {
    fc.assert(
      fc.property(lab, lab, (a, b) => {
        expect(deltaE2000(a, a)).toBe(0);
        expect(deltaE2000(a, b)).toBeGreaterThanOrEqual(0);
        expect(deltaE2000(a, b)).toBeCloseTo(deltaE2000(b, a), 9);
      }),
    );
  });

  it("grows with a lightness difference between greys", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 40, noNaN: true }), (l) => {
        expect(deltaE2000([50, 0, 0], [50 + l, 0, 0])).toBeLessThanOrEqual(
          deltaE2000([50, 0, 0], [60 + l, 0, 0]),
        );
      }),
    );
  });
});

describe("rgbToLab", () => {
  it("puts sRGB white, black and red where CIELAB (D65) has them", () => {
    const white = rgbToLab([1, 1, 1]);
    expect(white[0]).toBeCloseTo(100, 3);
    expect(white[1]).toBeCloseTo(0, 3);
    expect(white[2]).toBeCloseTo(0, 3);
    expect(rgbToLab([0, 0, 0])).toEqual([0, 0, 0]);
    const red = rgbToLab([1, 0, 0]);
    expect(red[0]).toBeCloseTo(53.24, 1);
    expect(red[1]).toBeCloseTo(80.09, 1);
    expect(red[2]).toBeCloseTo(67.2, 1);
  });

  it("gives greys no chroma", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (v) => {
        const [, a, b] = rgbToLab([v, v, v]);
        expect(Math.abs(a)).toBeLessThan(1e-3);
        expect(Math.abs(b)).toBeLessThan(1e-3);
      }),
    );
  });
});
