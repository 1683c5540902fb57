import { describe, expect, it } from "vitest";
import { trendReadout } from "../../../client/trend-chart/trend-readout.js";

describe("trendReadout", () => {
  it("says the last point is the latest deal's quarter, not today, when no date is set", () => {
    const text = trendReadout({ asOf: "2026-06-30" }, null);
    expect(text).toBe(
      "Quarter ending 30 Jun 2026: the latest deal's quarter, every dated deal counted",
    );
    expect(text).not.toMatch(/today/i);
  });

  it("names the quarter alone when the timeline sits on its end", () => {
    expect(trendReadout({ asOf: "2024-12-31" }, "2024-12-31")).toBe("Quarter ending 31 Dec 2024");
  });

  it("says the marked quarter ended before the timeline's date inside a quarter", () => {
    expect(trendReadout({ asOf: "2024-12-31" }, "2025-02-15")).toBe(
      "Quarter ending 31 Dec 2024, the last quarter end on or before 15 Feb 2025",
    );
  });

  it("says when the date comes before the first quarter end", () => {
    expect(trendReadout(null, "2019-02-01")).toBe("Before the first quarter end");
  });
});
