import { describe, expect, it } from "vitest";
import { InvalidOptionError } from "../../server/analysis/errors.js";
import { periodEnds } from "../../server/analysis/period-ends.js";

describe("periodEnds", () => {
  it("lists quarter ends from the first date's quarter to the last date's", () => {
    expect(periodEnds("2024-11-05", "2025-08-01", "quarter")).toEqual([
      "2024-12-31",
      "2025-03-31",
      "2025-06-30",
      "2025-09-30",
    ]);
  });

  it("lists month ends with leap years and year ends", () => {
    expect(periodEnds("2024-01-31", "2024-03-01", "month")).toEqual([
      "2024-01-31",
      "2024-02-29",
      "2024-03-31",
    ]);
    expect(periodEnds("2023-02-01", "2023-02-28", "month")).toEqual(["2023-02-28"]);
    expect(periodEnds("2019-06-01", "2021-01-01", "year")).toEqual([
      "2019-12-31",
      "2020-12-31",
      "2021-12-31",
    ]);
  });

  it("gives one point when both dates share a period, and rejects an unknown step", () => {
    expect(periodEnds("2025-04-01", "2025-06-30", "quarter")).toEqual(["2025-06-30"]);
    expect(() => periodEnds("2025-01-01", "2025-02-01", "week" as never)).toThrow(
      InvalidOptionError,
    );
  });
});
