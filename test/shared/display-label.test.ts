import { describe, expect, it } from "vitest";
import { displayLabel, estimateLabelWidth } from "../../shared/display-label.js";

describe("displayLabel", () => {
  it("shortens long names on the canvas only by dropping a parenthetical or cutting", () => {
    expect(displayLabel("Hyperion JV (Beignet Investor LLC)")).toBe("Hyperion JV");
    expect(displayLabel("Amazon (AWS)")).toBe("Amazon (AWS)");
    expect(displayLabel("A".repeat(40)).endsWith("…")).toBe(true);
    expect(estimateLabelWidth("Nvidia")).toBeGreaterThan(estimateLabelWidth("Nv"));
  });
});
