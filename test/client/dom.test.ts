import { describe, expect, it } from "vitest";
import { safeHref } from "../../client/dom.js";

describe("safeHref", () => {
  it("keeps http and https URLs", () => {
    expect(safeHref("https://example.com/a?b=1")).toBe("https://example.com/a?b=1");
    expect(safeHref("http://example.com")).toBe("http://example.com/");
  });

  it("refuses every other scheme and anything that is not a URL", () => {
    for (const url of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "data:text/html,<b>",
      "file:///etc/passwd",
      "//evil.com",
      "not a url",
      "",
      undefined,
    ]) {
      expect(safeHref(url)).toBeNull();
    }
  });
});
