import { describe, expect, it } from "vitest";
import { formatShare } from "../../../shared/format/format-share.js";

describe("formatShare", () => {
  it("prints a percentage with one decimal, and a dash for a non-finite share", () => {
    expect(formatShare(0.4213)).toBe("42.1%");
    expect(formatShare(1)).toBe("100.0%");
    expect(formatShare(0)).toBe("0.0%");
    expect(formatShare(0.00049)).toBe("0.0%");
    expect(formatShare(Number.NaN)).toBe("—");
  });
});
