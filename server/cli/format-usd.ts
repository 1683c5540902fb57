// Dollar amounts as people read them in a table: $300.0B, $683.0M, $1.2K, $950, — for undisclosed.

const UNITS = [
  { size: 1e12, suffix: "T" },
  { size: 1e9, suffix: "B" },
  { size: 1e6, suffix: "M" },
  { size: 1e3, suffix: "K" },
] as const;

/** One decimal with a unit suffix; whole dollars below $1K; `—` for null (undisclosed). */
export function formatUsd(amountUsd: number | null): string {
  if (amountUsd === null || Number.isNaN(amountUsd)) return "—";
  const sign = amountUsd < 0 ? "-" : "";
  const magnitude = Math.abs(amountUsd);
  for (const { size, suffix } of UNITS) {
    // Round first so that 999.96M prints as $1.0B, not $1000.0M.
    const scaled = (magnitude / size).toFixed(1);
    if (Number(scaled) >= 1) return `${sign}$${scaled}${suffix}`;
  }
  return `${sign}$${Math.round(magnitude)}`;
}
