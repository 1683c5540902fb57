// A deal's drawn width from its amount on a log scale, used alike by the viewer's edge reducer
// and the SVG picture.

/** $100M and below draw at the minimum width; $1T at the maximum. */
const WIDTH_FLOOR_USD = 1e8;
const WIDTH_CEILING_USD = 1e12;
export const MIN_EDGE_WIDTH = 0.8;
export const MAX_EDGE_WIDTH = 4.5;

export function edgeWidth(amountUsd: number | null): number {
  if (amountUsd === null || amountUsd <= WIDTH_FLOOR_USD) return MIN_EDGE_WIDTH;
  const t =
    Math.log10(amountUsd / WIDTH_FLOOR_USD) / Math.log10(WIDTH_CEILING_USD / WIDTH_FLOOR_USD);
  return MIN_EDGE_WIDTH + (MAX_EDGE_WIDTH - MIN_EDGE_WIDTH) * Math.min(1, t);
}
