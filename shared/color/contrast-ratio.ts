// WCAG 2 contrast ratio between two sRGB colours, from 1 (same luminance) to 21 (black on white).
// Reference: WCAG 2.2, definitions of "relative luminance" and "contrast ratio".

import { type Rgb, srgbToLinear } from "./srgb.js";

/** WCAG relative luminance of a gamma-encoded sRGB colour. */
export function relativeLuminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map(srgbToLinear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** (lighter + 0.05) / (darker + 0.05). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
