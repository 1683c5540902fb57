import { describe, expect, it } from "vitest";
import { formatLabel } from "../../../shared/format/format-label.js";

describe("formatLabel", () => {
  it("replaces every underscore with a space", () => {
    expect(formatLabel("compute_contract")).toBe("compute contract");
    expect(formatLabel("revenue_share_x")).toBe("revenue share x");
  });
});
