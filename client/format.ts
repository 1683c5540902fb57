// Display formatting for money, shares and dates: `$300.0B`, `42.1%`, `22 Sep 2025`.

export { formatDate } from "../shared/format/format-date.js";
export { formatLabel } from "../shared/format/format-label.js";
export { formatShare } from "../shared/format/format-share.js";

import { formatUsd as formatUsdAs } from "../shared/format/format-usd.js";

/** Dollars by the one rule (shared/format/format-usd): 3e11 → "$300.0B"; null → "undisclosed". */
export function formatUsd(amountUsd: number | null): string {
  return formatUsdAs(amountUsd, "undisclosed");
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
