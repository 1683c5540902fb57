// What a colour looks like to someone with protanopia, deuteranopia or tritanopia: a 3 × 3 matrix
// applied to linear RGB, clipped to the gamut.
// Reference: G. M. Machado, M. M. Oliveira, L. A. F. Fernandes, "A Physiologically-based Model for
// Simulation of Color Vision Deficiency", IEEE TVCG 15(6), 2009, 1291–1298 — the severity 1.0 matrices.

import { linearToSrgb, type Rgb, srgbToLinear } from "./srgb.js";

export const COLOR_DEFICIENCIES = ["protanopia", "deuteranopia", "tritanopia"] as const;
export type ColorDeficiency = (typeof COLOR_DEFICIENCIES)[number];

type Matrix3 = readonly [Rgb, Rgb, Rgb];

/** Machado et al. 2009, severity 1.0, rows applied to linear (r, g, b). Each row sums to 1. */
export const MACHADO_2009: Readonly<Record<ColorDeficiency, Matrix3>> = Object.freeze({
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
});

/** Gamma-encoded sRGB in [0, 1] as seen with `deficiency`, gamma-encoded and clipped to [0, 1]. */
export function simulateColorDeficiency(rgb: Rgb, deficiency: ColorDeficiency): Rgb {
  const linear = rgb.map(srgbToLinear);
  const row = (k: 0 | 1 | 2) => {
    const m = MACHADO_2009[deficiency][k];
    const value = m[0] * linear[0]! + m[1] * linear[1]! + m[2] * linear[2]!;
    return linearToSrgb(Math.min(1, Math.max(0, value)));
  };
  return [row(0), row(1), row(2)];
}
