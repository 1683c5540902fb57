// The timeline's time axis: days since the epoch for the slider, positions proportional to time,
// a tick per year (labelled) and per quarter, and the steps of play (by time) and of the step
// buttons (deal date by deal date). Pure: no DOM.

const DAY_MS = 86_400_000;

/** "2025-09-22" → days since 1970-01-01 (UTC). */
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** Days since 1970-01-01 → "YYYY-MM-DD". */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export interface TimeTick {
  date: string;
  /** Position on the axis, 0 (first deal) to 1 (last deal). */
  fraction: number;
  /** The year for a year tick; null for a quarter tick. */
  label: string | null;
}

export interface TimeAxis {
  /** The first and last deal days; the slider runs over the days between them. */
  startDay: number;
  endDay: number;
  ticks: readonly TimeTick[];
}

/** The axis over ascending deal days (empty dates give a one-day axis at the epoch). */
export function createTimeAxis(dates: readonly string[]): TimeAxis {
  const startDay = dates.length > 0 ? dayNumber(dates[0]!) : 0;
  const endDay = dates.length > 0 ? Math.max(startDay + 1, dayNumber(dates.at(-1)!)) : 1;
  const ticks: TimeTick[] = [];
  const first = Number(dateOfDay(startDay).slice(0, 4));
  const last = Number(dateOfDay(endDay).slice(0, 4));
  for (let year = first; year <= last; year++) {
    for (const month of ["01", "04", "07", "10"]) {
      const date = `${year}-${month}-01`;
      const day = dayNumber(date);
      if (day < startDay || day > endDay) continue;
      ticks.push({
        date,
        fraction: (day - startDay) / (endDay - startDay),
        label: month === "01" ? String(year) : null,
      });
    }
  }
  return { startDay, endDay, ticks };
}

/** The slider's value for a date (null, "everything", sits at the end). */
export function axisValue(axis: TimeAxis, asOf: string | null): number {
  if (asOf === null) return axis.endDay;
  return Math.min(axis.endDay, Math.max(axis.startDay, dayNumber(asOf)));
}

/** The date for a slider value: the end of the axis means every deal (null). */
export function axisDate(axis: TimeAxis, value: number): string | null {
  if (!Number.isFinite(value) || value >= axis.endDay) return null;
  return dateOfDay(Math.max(axis.startDay, Math.round(value)));
}

/** Where a date sits on the axis, 0 to 1. */
export function axisFraction(axis: TimeAxis, asOf: string | null): number {
  return (axisValue(axis, asOf) - axis.startDay) / (axis.endDay - axis.startDay);
}

/**
 * The next (direction 1) or previous (−1) deal date from `asOf`; null (everything) after the
 * last; the first date is as far back as a step goes.
 */
export function stepDealDate(
  dates: readonly string[],
  asOf: string | null,
  direction: 1 | -1,
): string | null {
  if (dates.length === 0) return null;
  if (direction === 1) {
    if (asOf === null) return null;
    const next = dates.find((date) => date > asOf);
    return next === undefined || next === dates.at(-1) ? null : next;
  }
  // The stop the view shows now (as of the last deal date, every dated deal is in: that is
  // "everything"), then the one before it.
  let index = dates.length - 1;
  if (asOf !== null) {
    index = -1;
    for (let i = 0; i < dates.length && dates[i]! <= asOf; i++) index = i;
  }
  return dates[Math.max(0, index - 1)]!;
}

/** Play speeds, in quarters of a year per second of play. */
export const PLAY_SPEEDS = Object.freeze([0.5, 1, 2, 4] as const);
export type PlaySpeed = (typeof PLAY_SPEEDS)[number];
/** Milliseconds between frames of play. */
export const PLAY_FRAME_MS = 250;
const QUARTER_DAYS = 365.25 / 4;

/**
 * One frame of play: `asOf` moves forward by the time the speed gives a frame, and null
 * (everything, the end) once it passes the last deal. From the end, play starts at the first day.
 */
export function playFrame(axis: TimeAxis, asOf: string | null, speed: PlaySpeed): string | null {
  if (asOf === null) return dateOfDay(axis.startDay);
  const days = Math.max(1, Math.round((QUARTER_DAYS * speed * PLAY_FRAME_MS) / 1000));
  return axisDate(axis, axisValue(axis, asOf) + days);
}
