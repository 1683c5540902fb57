// Display formatting for money, shares and dates: `$300.0B`, `42.1%`, `22 Sep 2025`.

export { formatShare } from "../server/format/format-share.js";

import { formatUsd as formatUsdAs } from "../server/format/format-usd.js";

/** Dollars by the one rule (server/format/format-usd): 3e11 → "$300.0B"; null → "undisclosed". */
export function formatUsd(amountUsd: number | null): string {
  return formatUsdAs(amountUsd, "undisclosed");
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
