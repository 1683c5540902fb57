import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  COLOR_DEFICIENCIES,
  type ColorDeficiency,
  MACHADO_2009,
  simulateColorDeficiency,
} from "../../../shared/color/simulate-color-deficiency.js";
import type { Rgb } from "../../../shared/color/srgb.js";

const channel = fc.double({ min: 0, max: 1, noNaN: true });
const rgb = fc.tuple(channel, channel, channel);
const deficiency = fc.constantFrom(...COLOR_DEFICIENCIES);

describe("simulateColorDeficiency", () => {
  // The primaries through the severity 1.0 matrices (their columns, clipped, gamma-encoded),
  // worked out by hand apart from the module: rows must be applied to linear RGB, not encoded.
  const primaries: [ColorDeficiency, Rgb, Rgb][] = [
    ["protanopia", [1, 0, 0], [0.4266, 0.3727, 0]],
    ["protanopia", [0, 1, 0], [1, 0.8994, 0]],
    ["protanopia", [0, 0, 1], [0, 0.3479, 1]],
    ["deuteranopia", [1, 0, 0], [0.6401, 0.5658, 0]],
    ["deuteranopia", [0, 1, 0], [0.9361, 0.8392, 0.2292]],
    ["deuteranopia", [0, 0, 1], [0, 0.2412, 0.9862]],
    ["tritanopia", [1, 0, 0], [1, 0, 0.0584]],
    ["tritanopia", [0, 1, 0], [0, 0.9689, 0.8496]],
    ["tritanopia", [0, 0, 1], [0, 0.4204, 0.5873]],
  ];
  it.each(primaries)("%s turns %j into %j", (kind, input, expected) => {
    const out = simulateColorDeficiency(input, kind);
    for (const k of [0, 1, 2] as const) expect(out[k]).toBeCloseTo(expected[k], 4);
  });

  it("uses the published matrices, whose rows sum to 1", () => {
    expect(MACHADO_2009.protanopia[0]).toEqual([0.152286, 1.052583, -0.204868]);
    expect(MACHADO_2009.deuteranopia[1]).toEqual([0.280085, 0.672501, 0.047413]);
    expect(MACHADO_2009.tritanopia[2]).toEqual([0.004733, 0.691367, 0.3039]);
    for (const kind of COLOR_DEFICIENCIES) {
      for (const row of MACHADO_2009[kind]) expect(row[0] + row[1] + row[2]).toBeCloseTo(1, 5);
    }
  });

  it("keeps white white and black black", () => {
    for (const kind of COLOR_DEFICIENCIES) {
      for (const c of simulateColorDeficiency([1, 1, 1], kind)) expect(c).toBeCloseTo(1, 5);
      expect(simulateColorDeficiency([0, 0, 0], kind)).toEqual([0, 0, 0]);
    }
  });

  it("leaves every grey unchanged", () => {
    fc.assert(
      fc.property(channel, deficiency, (v, kind) => {
        for (const c of simulateColorDeficiency([v, v, v], kind)) expect(c).toBeCloseTo(v, 5);
      }),
    );
  });

  it("stays in the gamut [0, 1]", () => {
    fc.assert(
      fc.property(rgb, deficiency, (input, kind) => {
        for (const c of simulateColorDeficiency(input, kind)) {
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it("confuses red and green for protanopia and deuteranopia but not for tritanopia", () => {
    // Pure red and a green of the same simulated luminance differ mostly in hue: the red–green
    // axis collapses for the two red–green deficiencies.
    const red: Rgb = [0.8, 0.2, 0.1];
    const green: Rgb = [0.45, 0.55, 0.1];
    const gap = (kind: ColorDeficiency) => {
      const a = simulateColorDeficiency(red, kind);
      const b = simulateColorDeficiency(green, kind);
      return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
    };
    expect(gap("protanopia")).toBeLessThan(gap("tritanopia") / 2);
    expect(gap("deuteranopia")).toBeLessThan(gap("tritanopia") / 2);
  });
});
