import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dragHeight, SHEET_SNAP_DEFAULTS, sheetSnap } from "../../../client/sidebar/sheet-snap.js";

const { peek, closeWithin, fullShare } = SHEET_SNAP_DEFAULTS;

describe("sheetSnap", () => {
  it("closes a sheet dragged down near its peek", () => {
    expect(sheetSnap(peek + closeWithin - 1, 800)).toEqual({ open: false, height: null });
    expect(sheetSnap(peek, 800)).toEqual({ open: false, height: null });
  });

  it("opens a sheet dragged near the top to its full height", () => {
    expect(sheetSnap(800 * fullShare, 800)).toEqual({ open: true, height: 800 });
    expect(sheetSnap(799, 800)).toEqual({ open: true, height: 800 });
  });

  it("leaves a sheet let go in between where it is", () => {
    expect(sheetSnap(400.4, 800)).toEqual({ open: true, height: 400 });
    expect(sheetSnap(peek + closeWithin, 800)).toEqual({ open: true, height: peek + closeWithin });
  });

  it("rests open within its bounds, or closed", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2000, noNaN: true }),
        fc.integer({ min: 300, max: 1500 }),
        (h, max) => {
          const rest = sheetSnap(h, max);
          if (!rest.open) return rest.height === null && h < peek + closeWithin;
          return (
            rest.height !== null && rest.height >= peek + closeWithin - 1 && rest.height <= max
          );
        },
      ),
    );
  });
});

describe("dragHeight", () => {
  it("follows the finger: up makes the sheet taller", () => {
    expect(dragHeight(300, -100, 800)).toBe(400);
    expect(dragHeight(300, 100, 800)).toBe(200);
  });

  it("stays between the peek and the tallest sheet", () => {
    expect(dragHeight(300, 1000, 800)).toBe(peek);
    expect(dragHeight(300, -1000, 800)).toBe(800);
  });
});
