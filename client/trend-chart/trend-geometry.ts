// The geometry of a trend chart (SPEC §7's history): one measure in two views, announced and
// committed, per period end; x proportional to time, y from zero to a rounded maximum. Pure: the
// mount function turns it into SVG.

import type { History, HistoryFigures } from "@engine";
import { dayNumber } from "../timeline/time-axis.js";

export interface TrendPoint {
  /** The period end, YYYY-MM-DD. */
  asOf: string;
  announced: number;
  committed: number;
}

export interface TrendBox {
  width: number;
  height: number;
  /** Inner padding: left for the y labels, bottom for the years. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface TrendGeometry {
  /** x of each point, in order. */
  xs: number[];
  /** SVG path data for each series. */
  announced: string;
  committed: string;
  /** The top of the y axis (a rounded maximum, > 0) and where it is drawn. */
  yMax: number;
  yTop: number;
  yZero: number;
  /** Each point's band (its share of the x axis, for clicks), as [x0, x1]. */
  bands: [number, number][];
}

/** 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten, at or above `value` (1 for 0 or less). */
export function niceCeiling(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10])
    if (value <= step * power * (1 + 1e-12)) return step * power;
  return 10 * power;
}

export function trendGeometry(points: readonly TrendPoint[], box: TrendBox): TrendGeometry {
  const x0 = box.left;
  const x1 = box.width - box.right;
  const yTop = box.top;
  const yZero = box.height - box.bottom;
  const days = points.map((point) => dayNumber(point.asOf));
  const first = days[0] ?? 0;
  const span = Math.max(1, (days.at(-1) ?? 0) - first);
  const xs = days.map((day) =>
    points.length === 1 ? (x0 + x1) / 2 : x0 + ((day - first) / span) * (x1 - x0),
  );
  const yMax = niceCeiling(Math.max(0, ...points.flatMap((p) => [p.announced, p.committed])));
  const y = (value: number) => yZero - (Math.max(0, value) / yMax) * (yZero - yTop);
  const path = (key: "announced" | "committed") =>
    points
      .map((point, i) => `${i === 0 ? "M" : "L"}${xs[i]!.toFixed(1)},${y(point[key]).toFixed(1)}`)
      .join("");
  const bands = xs.map((x, i): [number, number] => [
    i === 0 ? x0 : (xs[i - 1]! + x) / 2,
    i === xs.length - 1 ? x1 : (x + xs[i + 1]!) / 2,
  ]);
  return {
    xs,
    announced: path("announced"),
    committed: path("committed"),
    yMax,
    yTop,
    yZero,
    bands,
  };
}

/** The point whose band holds x (the nearest point; −1 when there are none). */
export function pointAt(geometry: TrendGeometry, x: number): number {
  if (geometry.xs.length === 0) return -1;
  const index = geometry.bands.findIndex(([a, b]) => x >= a && x < b);
  if (index !== -1) return index;
  return x < geometry.bands[0]![0] ? 0 : geometry.xs.length - 1;
}

/** The point shown for a timeline date: the last period end on or before it (null: the last). */
export function pointOfDate(points: readonly TrendPoint[], asOf: string | null): number {
  if (points.length === 0) return -1;
  if (asOf === null) return points.length - 1;
  let index = -1;
  for (let i = 0; i < points.length && points[i]!.asOf <= asOf; i++) index = i;
  return index;
}

/** One measure of the history as chart points. */
export function trendPoints(
  history: History,
  pick: (figures: HistoryFigures) => number,
): TrendPoint[] {
  return history.points.map((point) => ({
    asOf: point.asOf,
    announced: pick(point.announced),
    committed: pick(point.committed),
  }));
}
