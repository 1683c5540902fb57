import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contrastRatio, relativeLuminance } from "../../../shared/color/contrast-ratio.js";

const channel = fc.double({ min: 0, max: 1, noNaN: true });
const rgb = fc.tuple(channel, channel, channel);

describe("contrastRatio", () => {
  it("gives WCAG's figures: 21 for black on white, 1 for a colour on itself, #767676 on white 4.54", () => {
    expect(contrastRatio([0, 0, 0], [1, 1, 1])).toBeCloseTo(21, 9);
    expect(relativeLuminance([1, 1, 1])).toBeCloseTo(1, 9);
    const grey = 0x76 / 255;
    expect(contrastRatio([grey, grey, grey], [1, 1, 1])).toBeCloseTo(4.54, 2);
  });

  it("is symmetric and between 1 and 21", () => {
    fc.assert(
      fc.property(rgb, rgb, (a, b) => {
        const ratio = contrastRatio(a, b);
        expect(ratio).toBeCloseTo(contrastRatio(b, a), 12);
        expect(ratio).toBeGreaterThanOrEqual(1);
        expect(ratio).toBeLessThanOrEqual(21 + 1e-9);
      }),
    );
  });
});
