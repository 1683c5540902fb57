// Dollar amounts as people read them — $300.0B, $683.0M, $1.2K, $950 — one rule for the CLI's
// tables, the SVG export and the viewer: round first, then take the unit, so that 999.6 reads
// $1.0K and 999.96M reads $1.0B (never $1000 or $1000.0M), while 999 stays $999.

/** Smallest first: an amount takes the first unit in which it rounds below 1000.0. */
const UNITS = [
  { size: 1e3, suffix: "K" },
  { size: 1e6, suffix: "M" },
  { size: 1e9, suffix: "B" },
  { size: 1e12, suffix: "T" },
] as const;

/**
 * One decimal with a unit suffix; whole dollars below $1K; `undisclosed` for null (the CLI's
 * tables keep the default dash, the viewer says "undisclosed"); a dash for a non-finite amount.
 */
export function formatUsd(amountUsd: number | null, undisclosed = "—"): string {
  if (amountUsd === null) return undisclosed;
  if (!Number.isFinite(amountUsd)) return "—";
  const sign = amountUsd < 0 ? "-" : "";
  const magnitude = Math.abs(amountUsd);
  const whole = Math.round(magnitude);
  if (whole < 1000) return `${sign}$${whole}`;
  for (const [k, { size, suffix }] of UNITS.entries()) {
    const scaled = (magnitude / size).toFixed(1);
    if (Number(scaled) < 1000 || k === UNITS.length - 1) return `${sign}$${scaled}${suffix}`;
  }
  return "—"; // Unreachable: the last unit always answers.
}
