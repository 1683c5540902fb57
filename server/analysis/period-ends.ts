// The period ends of a history (SPEC §7): the last day of each quarter, month or year from the
// period of one date to the period of another.

import { InvalidOptionError } from "./errors.js";

export const HISTORY_STEPS = ["quarter", "month", "year"] as const;
export type HistoryStep = (typeof HISTORY_STEPS)[number];

const MONTHS_PER_STEP: Record<HistoryStep, number> = { month: 1, quarter: 3, year: 12 };

const pad = (value: number, width: number) => String(value).padStart(width, "0");

/** Last day of a month as YYYY-MM-DD (month 1…12). */
function endOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Every period end from the period holding `first` to the period holding `last` (both
 * YYYY-MM-DD, first ≤ last), ascending: "2025-02-10", "2025-08-01", quarter →
 * 2025-03-31, 2025-06-30, 2025-09-30.
 */
export function periodEnds(first: string, last: string, step: HistoryStep): string[] {
  const months = MONTHS_PER_STEP[step];
  if (months === undefined) {
    throw new InvalidOptionError(
      `periodEnds: expected step one of ${HISTORY_STEPS.join(", ")}, received ${JSON.stringify(step)}`,
    );
  }
  // Months counted from year 0, each date rounded up to the last month of its period.
  const monthIndex = (date: string) => {
    const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
    return index - (index % months) + months - 1;
  };
  const ends: string[] = [];
  for (let m = monthIndex(first); m <= monthIndex(last); m += months) {
    ends.push(endOfMonth(Math.floor(m / 12), (m % 12) + 1));
  }
  return ends;
}
