import { describe, expect, it } from "vitest";
import { formatFileSize } from "../../../client/upload/format-file-size.js";

describe("formatFileSize", () => {
  it("reads KB below a megabyte (at least 1), one decimal below 10 MB, whole MB above", () => {
    expect(formatFileSize(0)).toBe("1 KB");
    expect(formatFileSize(899_072)).toBe("878 KB");
    expect(formatFileSize(2.44 * 1024 * 1024)).toBe("2.4 MB");
    expect(formatFileSize(120 * 1024 * 1024 + 5)).toBe("120 MB");
  });
});
