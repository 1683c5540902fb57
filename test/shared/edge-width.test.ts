import { describe, expect, it } from "vitest";
import { edgeWidth, MAX_EDGE_WIDTH, MIN_EDGE_WIDTH } from "../../shared/edge-width.js";

describe("edgeWidth", () => {
  it("grows with the amount on a log scale and stays within its bounds", () => {
    expect(edgeWidth(null)).toBe(MIN_EDGE_WIDTH);
    expect(edgeWidth(1e13)).toBe(MAX_EDGE_WIDTH);
    expect(edgeWidth(1e9)).toBeLessThan(edgeWidth(1e10));
  });
});
