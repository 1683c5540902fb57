import { describe, expect, it } from "vitest";
import { lossColor } from "../../../client/stress-panel/loss-color.js";

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((k) => Number.parseInt(hex.slice(k, k + 2), 16) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

describe("lossColor", () => {
  it("runs from viridis blue to yellow, brighter with every step of loss, clamped", () => {
    expect(lossColor(0)).toBe("#3b528b");
    expect(lossColor(1)).toBe("#fde725");
    expect(lossColor(-1)).toBe(lossColor(0));
    expect(lossColor(2)).toBe(lossColor(1));
    expect(lossColor(Number.NaN)).toBe(lossColor(0));
    for (let k = 0; k < 20; k++) {
      expect(luminance(lossColor((k + 1) / 20))).toBeGreaterThan(luminance(lossColor(k / 20)));
    }
  });
});
