import { describe, expect, it } from "vitest";
import { timelineIndex } from "../../../client/timeline/mount-timeline.js";

describe("timelineIndex", () => {
  const dates = ["2023-01-01", "2024-02-01", "2025-06-01"];

  it("puts 'all dates' at the end of the slider", () => {
    expect(timelineIndex(dates, null)).toBe(3);
  });

  it("finds the last stop on or before a date", () => {
    expect(timelineIndex(dates, "2024-02-01")).toBe(1);
    expect(timelineIndex(dates, "2024-12-31")).toBe(1);
    expect(timelineIndex(dates, "2022-01-01")).toBe(0);
  });
});
