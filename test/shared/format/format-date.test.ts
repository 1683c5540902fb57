import { describe, expect, it } from "vitest";
import { formatDate } from "../../../shared/format/format-date.js";

describe("formatDate", () => {
  it("formats full and partial dates and leaves others alone", () => {
    expect(formatDate("2025-09-22")).toBe("22 Sep 2025");
    expect(formatDate("2025-09")).toBe("Sep 2025");
    expect(formatDate("2025")).toBe("2025");
    expect(formatDate("soon")).toBe("soon");
    expect(formatDate("2025-13")).toBe("2025");
  });
});
