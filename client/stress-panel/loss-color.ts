// The sequential, colour-blind-safe scale of relative loss, per theme: a stretch of viridis that
// stays ≥ 3:1 against the theme's canvas at every point and grows in contrast with the loss.
// Light: viridis from its middle teal down to its dark purple (0 → teal, 1 → purple). Dark: from its
// blue-teal up to its yellow (0 → blue-teal, 1 → yellow). The full viridis below the middle is too
// dark for the dark canvas, and its green-to-yellow end nearly vanishes on the light one (yellow is
// 1.18:1 there). test/client/stress-panel/loss-color.test.ts checks the contrast of 101 samples, the
// monotonic lightness and the ends under colour-vision deficiencies.

import type { Theme } from "../../shared/palette.js";

/** Viridis (van der Walt & Smith, matplotlib) at 0, 1/8, …, 1. */
const VIRIDIS = [
  "#440154",
  "#472d7b",
  "#3b528b",
  "#2c728e",
  "#21918c",
  "#28ae80",
  "#5ec962",
  "#addc30",
  "#fde725",
] as const;

/** The stops of each theme's scale, from no loss to all capital lost. */
export const LOSS_STOPS: Readonly<Record<Theme, readonly string[]>> = Object.freeze({
  light: Object.freeze(VIRIDIS.slice(0, 5).reverse()),
  dark: Object.freeze(VIRIDIS.slice(3)),
});

const channel = (hex: string, k: number) => Number.parseInt(hex.slice(1 + 2 * k, 3 + 2 * k), 16);

/** The colour of a relative loss in [0, 1] (clamped) in `theme`. */
export function lossColor(relativeLoss: number, theme: Theme): string {
  const stops = LOSS_STOPS[theme];
  const t = Math.min(1, Math.max(0, Number.isFinite(relativeLoss) ? relativeLoss : 0));
  const position = t * (stops.length - 1);
  const low = Math.floor(position);
  const high = Math.min(stops.length - 1, low + 1);
  const f = position - low;
  const mix = (k: number) =>
    Math.round(channel(stops[low]!, k) * (1 - f) + channel(stops[high]!, k) * f)
      .toString(16)
      .padStart(2, "0");
  return `#${mix(0)}${mix(1)}${mix(2)}`;
}

/** CSS gradient of the whole scale in `theme`, for the legends (the same stops, mixed the same way). */
export function lossGradient(theme: Theme): string {
  return `linear-gradient(to right, ${LOSS_STOPS[theme].join(", ")})`;
}

/**
 * Gives a legend's `.loss-scale` both themes' gradients as custom properties (through the CSSOM:
 * the page's CSP allows no inline style attributes); app.css picks the one of the current theme, so
 * the legend follows a theme switch without being rebuilt.
 */
export function paintLossScale(scale: HTMLElement): void {
  scale.style.setProperty("--loss-gradient-light", lossGradient("light"));
  scale.style.setProperty("--loss-gradient-dark", lossGradient("dark"));
}
