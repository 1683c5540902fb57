import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  niceCeiling,
  pointAt,
  pointOfDate,
  type TrendPoint,
  trendGeometry,
} from "../../../client/trend-chart/trend-geometry.js";

const box = { width: 300, height: 100, left: 40, right: 10, top: 10, bottom: 20 };
const points: TrendPoint[] = [
  { asOf: "2024-03-31", announced: 10, committed: 4 },
  { asOf: "2024-06-30", announced: 30, committed: 10 },
  { asOf: "2024-12-31", announced: 45, committed: 12 },
];

describe("niceCeiling", () => {
  it("rounds up to a round multiple of a power of ten", () => {
    expect(niceCeiling(45)).toBe(50);
    expect(niceCeiling(2.1e12)).toBe(2.5e12);
    expect(niceCeiling(0.092)).toBe(0.1);
    expect(niceCeiling(100)).toBe(100);
    expect(niceCeiling(0)).toBe(1);
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e15, noNaN: true }), (value) => {
        const top = niceCeiling(value);
        expect(top).toBeGreaterThanOrEqual(value * (1 - 1e-12));
        expect(top).toBeLessThanOrEqual(value * 1.5);
      }),
    );
  });
});

describe("trendGeometry", () => {
  const geometry = trendGeometry(points, box);

  it("spaces points by time, not by rank", () => {
    expect(geometry.xs[0]).toBe(40);
    expect(geometry.xs[2]).toBe(290);
    // June is a third of the way from March to December, not half.
    expect(geometry.xs[1]!).toBeCloseTo(40 + (91 / 275) * 250, 6);
  });

  it("draws both views from zero to the rounded maximum", () => {
    expect(geometry.yMax).toBe(50);
    expect(geometry.announced.startsWith("M40.0,")).toBe(true);
    const ys = (path: string) =>
      [...path.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
    // 10 of 50 over 70 px of height above the zero line at y = 80.
    expect(ys(geometry.announced)[0]).toBeCloseTo(80 - 14, 6);
    expect(ys(geometry.committed)).toHaveLength(3);
    for (const [i, y] of ys(geometry.committed).entries()) {
      expect(y).toBeGreaterThanOrEqual(ys(geometry.announced)[i]!);
    }
  });

  it("gives every x on the axis to exactly one point", () => {
    expect(pointAt(geometry, 40)).toBe(0);
    expect(pointAt(geometry, geometry.xs[1]!)).toBe(1);
    expect(pointAt(geometry, 289)).toBe(2);
    expect(pointAt(geometry, 0)).toBe(0);
    expect(pointAt(geometry, 400)).toBe(2);
  });
});

describe("pointOfDate", () => {
  it("is the last period end on or before the date, the last one for today", () => {
    expect(pointOfDate(points, null)).toBe(2);
    expect(pointOfDate(points, "2024-07-15")).toBe(1);
    expect(pointOfDate(points, "2024-01-01")).toBe(-1);
    expect(pointOfDate([], null)).toBe(-1);
  });
});
