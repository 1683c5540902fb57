// The sequential, colour-blind-safe scale of relative loss (viridis, from its blue third up to
// yellow so that small losses still stand out on a dark canvas): 0 → blue, 1 → yellow.

const STOPS = [
  "#3b528b",
  "#31688e",
  "#26828e",
  "#1f9e89",
  "#35b779",
  "#6ece58",
  "#b5de2b",
  "#fde725",
];

const channel = (hex: string, k: number) => Number.parseInt(hex.slice(1 + 2 * k, 3 + 2 * k), 16);

/** The colour of a relative loss in [0, 1] (clamped). */
export function lossColor(relativeLoss: number): string {
  const t = Math.min(1, Math.max(0, Number.isFinite(relativeLoss) ? relativeLoss : 0));
  const position = t * (STOPS.length - 1);
  const low = Math.floor(position);
  const high = Math.min(STOPS.length - 1, low + 1);
  const f = position - low;
  const mix = (k: number) =>
    Math.round(channel(STOPS[low]!, k) * (1 - f) + channel(STOPS[high]!, k) * f)
      .toString(16)
      .padStart(2, "0");
  return `#${mix(0)}${mix(1)}${mix(2)}`;
}

/** CSS gradient of the whole scale, for the legend. */
export const LOSS_GRADIENT = `linear-gradient(to right, ${STOPS.join(", ")})`;
