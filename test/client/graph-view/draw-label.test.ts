import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLabelSpace, forcedLabelShift } from "../../../client/graph-view/draw-label.js";

describe("createLabelSpace", () => {
  it("refuses a label box that overlaps one taken, and takes one beside it", () => {
    const space = createLabelSpace();
    expect(space.claim(0, 0, 100, 14)).toBe(true);
    expect(space.claim(90, 10, 150, 24)).toBe(false);
    expect(space.claim(100, 0, 160, 14)).toBe(true);
    expect(space.claim(0, 14, 100, 28)).toBe(true);
  });

  it("starts every frame empty", () => {
    const space = createLabelSpace();
    expect(space.claim(0, 0, 50, 10)).toBe(true);
    expect(space.claim(0, 0, 50, 10)).toBe(false);
    space.clear();
    expect(space.claim(0, 0, 50, 10)).toBe(true);
  });
});

describe("forcedLabelShift", () => {
  const box = (top: number) => [0, top - 8, 120, top + 8] as const;

  it("keeps a label in place when it is free, and moves one that overlaps a line down, then up", () => {
    const space = createLabelSpace();
    const claim = (shift: number) => space.claim(...box(100 + shift));
    expect(forcedLabelShift(14, 6, claim)).toBe(0);
    expect(forcedLabelShift(14, 6, claim)).toBe(17);
    expect(forcedLabelShift(14, 6, claim)).toBe(-17);
  });

  it("never returns a shift whose box overlaps a label already drawn, while a free one is in reach", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 40, max: 160 }), { maxLength: 12 }),
        fc.integer({ min: 2, max: 30 }),
        (tops, radius) => {
          const space = createLabelSpace();
          const taken: number[] = [];
          for (const top of tops) {
            const shift = forcedLabelShift(14, radius, (s) => space.claim(...box(top + s)));
            const placed = top + shift;
            // Brute force: was some shift in reach free, and if so, is the one chosen free?
            const line = 17;
            const reach = Math.max(2, Math.ceil(radius / line) + 1);
            const free = (at: number) => taken.every((other) => Math.abs(other - at) >= 16);
            const anyFree = Array.from(
              { length: 2 * reach + 1 },
              (_, k) => (k - reach) * line,
            ).some((s) => free(top + s));
            if (anyFree) {
              if (!free(placed)) return false;
              taken.push(placed);
            }
          }
          return true;
        },
      ),
    );
  });
});
