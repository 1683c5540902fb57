import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  axisDate,
  axisFraction,
  axisValue,
  createTimeAxis,
  dateOfDay,
  dayNumber,
  playFrame,
  stepDealDate,
} from "../../../client/timeline/time-axis.js";

describe("time axis", () => {
  const dates = ["2019-07-22", "2023-01-01", "2024-02-01", "2025-06-01", "2025-06-02"];
  const axis = createTimeAxis(dates);

  it("converts days and dates both ways", () => {
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dateOfDay(dayNumber("2024-02-29"))).toBe("2024-02-29");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), (day) => {
        expect(dayNumber(dateOfDay(day))).toBe(day);
      }),
    );
  });

  it("places dates in proportion to time, not to their rank", () => {
    // 2023-01-01 is the second of five deal dates but most of the way along in time.
    expect(axisFraction(axis, "2023-01-01")).toBeCloseTo(
      (dayNumber("2023-01-01") - dayNumber("2019-07-22")) /
        (dayNumber("2025-06-02") - dayNumber("2019-07-22")),
      12,
    );
    expect(axisFraction(axis, "2023-01-01")).toBeGreaterThan(0.55);
    expect(axisFraction(axis, dates[0]!)).toBe(0);
    expect(axisFraction(axis, null)).toBe(1);
  });

  it("ticks every quarter inside the axis, and labels the years", () => {
    const labelled = axis.ticks.filter((tick) => tick.label !== null).map((tick) => tick.label);
    expect(labelled).toEqual(["2020", "2021", "2022", "2023", "2024", "2025"]);
    expect(axis.ticks[0]!.date).toBe("2019-10-01");
    expect(axis.ticks.at(-1)!.date).toBe("2025-04-01");
    for (const tick of axis.ticks) {
      expect(tick.fraction).toBeGreaterThanOrEqual(0);
      expect(tick.fraction).toBeLessThanOrEqual(1);
      expect(tick.fraction).toBeCloseTo(axisFraction(axis, tick.date), 12);
    }
  });

  it("maps the end of the slider to every deal, and any other value to its day", () => {
    expect(axisDate(axis, axis.endDay)).toBeNull();
    expect(axisDate(axis, axisValue(axis, "2024-02-01"))).toBe("2024-02-01");
    expect(axisDate(axis, axis.startDay - 10)).toBe("2019-07-22");
    expect(axisValue(axis, null)).toBe(axis.endDay);
  });

  it("steps deal date by deal date, from everything back and to everything forward", () => {
    expect(stepDealDate(dates, null, -1)).toBe("2025-06-01");
    expect(stepDealDate(dates, "2025-06-01", -1)).toBe("2024-02-01");
    // Between two deal dates, back goes to the stop before the one shown.
    expect(stepDealDate(dates, "2024-12-31", -1)).toBe("2023-01-01");
    expect(stepDealDate(dates, "2019-07-22", -1)).toBe("2019-07-22");
    expect(stepDealDate(dates, "2019-07-22", 1)).toBe("2023-01-01");
    expect(stepDealDate(dates, "2025-06-01", 1)).toBeNull();
    expect(stepDealDate(dates, null, 1)).toBeNull();
    expect(stepDealDate([], null, -1)).toBeNull();
  });

  it("plays forward by time at the chosen speed, from the start, and ends at everything", () => {
    expect(playFrame(axis, null, 1)).toBe("2019-07-22");
    const one = dayNumber(playFrame(axis, "2020-01-01", 1)!) - dayNumber("2020-01-01");
    const four = dayNumber(playFrame(axis, "2020-01-01", 4)!) - dayNumber("2020-01-01");
    // A quarter per second, a frame every 250 ms: about 23 days a frame at 1×.
    expect(one).toBe(23);
    expect(four).toBe(91);
    expect(playFrame(axis, "2025-06-01", 4)).toBeNull();
  });
});
