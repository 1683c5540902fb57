import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hexToRgb, linearToSrgb, rgbToHex, srgbToLinear } from "../../../shared/color/srgb.js";

describe("hexToRgb and rgbToHex", () => {
  it("read and write #RRGGBB", () => {
    expect(hexToRgb("#FF8000")).toEqual([1, 128 / 255, 0]);
    expect(rgbToHex([1, 128 / 255, 0])).toBe("#ff8000");
    expect(rgbToHex([1.5, -1, 0])).toBe("#ff0000");
  });

  it("refuses anything but #RRGGBB", () => {
    for (const bad of ["#fff", "ff8000", "#ff80zz", "rgb(1,2,3)"]) {
      expect(() => hexToRgb(bad)).toThrow(/hexToRgb: expected "#RRGGBB"/);
    }
  });

  it("round-trip every colour", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const hex = `#${n.toString(16).padStart(6, "0")}`;
        expect(rgbToHex(hexToRgb(hex))).toBe(hex);
      }),
    );
  });
});

describe("srgbToLinear and linearToSrgb", () => {
  it("are inverse, monotone and fix 0 and 1", () => {
    expect(srgbToLinear(0)).toBe(0);
    expect(srgbToLinear(1)).toBeCloseTo(1, 12);
    expect(srgbToLinear(0.5)).toBeCloseTo(0.214, 3);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (c) => {
        expect(linearToSrgb(srgbToLinear(c))).toBeCloseTo(c, 9);
        expect(srgbToLinear(c)).toBeLessThanOrEqual(c + 1e-12);
      }),
    );
  });
});
