// Display formatting for money, shares and dates: `$300.0B`, `42.1%`, `22 Sep 2025`.

const UNITS: readonly [number, string][] = [
  [1e12, "T"],
  [1e9, "B"],
  [1e6, "M"],
  [1e3, "K"],
];

/** Dollars with one decimal and a unit suffix: 3e11 → "$300.0B"; null → "undisclosed". */
export function formatUsd(amountUsd: number | null): string {
  if (amountUsd === null) return "undisclosed";
  if (!Number.isFinite(amountUsd)) return "—";
  const sign = amountUsd < 0 ? "−" : "";
  const abs = Math.abs(amountUsd);
  for (let u = 0; u < UNITS.length; u++) {
    const [scale, unit] = UNITS[u]!;
    if (abs < scale) continue;
    const value = Math.round((abs / scale) * 10) / 10;
    // 999.96B rounds to 1000.0: promote to the next unit up.
    if (value >= 1000 && u > 0)
      return `${sign}$${(Math.round((abs / UNITS[u - 1]![0]) * 10) / 10).toFixed(1)}${UNITS[u - 1]![1]}`;
    return `${sign}$${value.toFixed(1)}${unit}`;
  }
  return `${sign}$${Math.round(abs)}`;
}

/** A share in [0, 1] as a percentage with one decimal. */
export function formatShare(share: number): string {
  if (!Number.isFinite(share)) return "—";
  return `${(share * 100).toFixed(1)}%`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2025-09-22" → "22 Sep 2025", "2025-09" → "Sep 2025", "2025" → "2025"; anything else as is. */
export function formatDate(date: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year!;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** "compute_contract" → "compute contract". */
export function formatLabel(value: string): string {
  return value.replaceAll("_", " ");
}

/** A count with its noun: 1 loop, 3 loops. */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${formatCount(count)} ${count === 1 ? noun : nouns}`;
}

/**
 * An integer with thousands separators: 12345 → "12,345". Written out rather than
 * `toLocaleString`, whose first call loads locale data while the first frame is being prepared.
 */
export function formatCount(count: number): string {
  if (!Number.isSafeInteger(count)) return String(count);
  const digits = String(Math.abs(count)).replace(/\B(?=(\d{3})+$)/g, ",");
  return count < 0 ? `-${digits}` : digits;
}
