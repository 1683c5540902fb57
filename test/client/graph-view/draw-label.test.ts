import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createDrawLabel,
  createLabelSpace,
  forcedLabelShift,
} from "../../../client/graph-view/draw-label.js";
import { canvasColors } from "../../../shared/palette.js";

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
            const placed = top + (shift ?? 0);
            // Brute force: was some shift in reach free, and if so, is the one chosen free?
            const line = 17;
            const reach = Math.max(2, Math.ceil(radius / line) + 1);
            const free = (at: number) => taken.every((other) => Math.abs(other - at) >= 16);
            const anyFree = Array.from(
              { length: 2 * reach + 1 },
              (_, k) => (k - reach) * line,
            ).some((s) => free(top + s));
            if (anyFree) {
              if (shift === null || !free(placed)) return false;
              taken.push(placed);
            } else if (shift !== null) return false;
          }
          return true;
        },
      ),
    );
  });
});

describe("createDrawLabel", () => {
  /** A canvas context that records the labels filled and measures 7 px per character. */
  const recorder = () => {
    const filled: { text: string; y: number }[] = [];
    const context = {
      font: "",
      lineJoin: "",
      lineWidth: 0,
      strokeStyle: "",
      fillStyle: "",
      measureText: (text: string) => ({ width: text.length * 7 }),
      strokeText: () => {},
      fillText: (text: string, _x: number, y: number) => filled.push({ text, y }),
    };
    return { filled, context: context as unknown as CanvasRenderingContext2D };
  };
  const settings = { labelSize: 14, labelFont: "sans-serif" } as never;
  const node = (label: string, extra: object = {}) =>
    ({ x: 100, y: 100, size: 4, label, color: "#000", forceLabel: true, ...extra }) as never;

  it("draws a forced label over the others when no line in reach is free, but leaves out one that may yield", () => {
    const space = createLabelSpace();
    // Every line within reach of the disc is taken.
    space.claim(0, 0, 1000, 1000);
    const { filled, context } = recorder();
    const draw = createDrawLabel(canvasColors("light"), space);
    draw(context, node("Shocked ✕ shocked"), settings);
    draw(context, node("Lender ✕ round 2", { labelYields: true }), settings);
    expect(filled.map((f) => f.text)).toEqual(["Shocked ✕ shocked"]);
  });

  it("moves a yielding label aside like any forced one while a line is free", () => {
    const space = createLabelSpace();
    const { filled, context } = recorder();
    const draw = createDrawLabel(canvasColors("light"), space);
    draw(context, node("Oracle bondholders ✕ round 2"), settings);
    draw(context, node("CoreWeave lenders ✕ round 2", { labelYields: true }), settings);
    expect(filled.map((f) => f.text)).toEqual([
      "Oracle bondholders ✕ round 2",
      "CoreWeave lenders ✕ round 2",
    ]);
    expect(filled[1]!.y).not.toBe(filled[0]!.y);
  });
});
