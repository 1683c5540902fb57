import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CursorPoint,
  pointInDirection,
  stepNodeCursor,
} from "../../../client/graph-view/step-node-cursor.js";

const P = (id: string, x: number, y: number, name = id): CursorPoint => ({ id, name, x, y });
//   a(0,0)  b(10,0)
//   c(0,10)         d(12,12)
const POINTS = [
  P("a", 0, 0, "Alpha"),
  P("b", 10, 0, "Beta"),
  P("c", 0, 10, "Gamma"),
  P("d", 12, 12, "Delta"),
];

describe("stepNodeCursor", () => {
  it("moves with the arrows to the entity the arrow points at on screen", () => {
    expect(stepNodeCursor(POINTS, "a", "ArrowRight")).toBe("b");
    expect(stepNodeCursor(POINTS, "a", "ArrowDown")).toBe("c");
    expect(stepNodeCursor(POINTS, "b", "ArrowLeft")).toBe("a");
    expect(stepNodeCursor(POINTS, "c", "ArrowUp")).toBe("a");
    expect(stepNodeCursor(POINTS, "c", "ArrowRight")).toBe("d");
    // Nothing to the left of a: it stays.
    expect(stepNodeCursor(POINTS, "a", "ArrowLeft")).toBe("a");
  });

  it("goes to the first and last by name, and types ahead by first letter, wrapping", () => {
    expect(stepNodeCursor(POINTS, "c", "Home")).toBe("a");
    expect(stepNodeCursor(POINTS, "a", "End")).toBe("c");
    const names = [P("x1", 0, 0, "Oracle"), P("x2", 5, 5, "OpenAI"), P("x3", 9, 9, "Nvidia")];
    expect(stepNodeCursor(names, null, "o")).toBe("x2");
    expect(stepNodeCursor(names, "x2", "o")).toBe("x1");
    expect(stepNodeCursor(names, "x1", "O")).toBe("x2");
    expect(stepNodeCursor(names, "x1", "z")).toBe("x1");
  });

  it("starts at the first name when there is no cursor, and has nothing to go to without points", () => {
    expect(stepNodeCursor(POINTS, null, "ArrowRight")).toBe("a");
    expect(stepNodeCursor([], null, "ArrowRight")).toBeNull();
  });

  it("always lands within 45° of the arrow, and on the best-scored point there (brute force)", () => {
    const point = fc.record({
      x: fc.integer({ min: -50, max: 50 }),
      y: fc.integer({ min: -50, max: 50 }),
    });
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 1, maxLength: 12 }),
        fc.constantFrom("ArrowRight", "ArrowLeft", "ArrowUp", "ArrowDown"),
        (raw, key) => {
          const points = raw.map((p, i) => P(`n${i}`, p.x, p.y, `N${String(i).padStart(2, "0")}`));
          const from = points[0]!;
          const [dx, dy] = {
            ArrowRight: [1, 0],
            ArrowLeft: [-1, 0],
            ArrowDown: [0, 1],
            ArrowUp: [0, -1],
          }[key] as [number, number];
          const inCone = points.filter((p) => {
            if (p === from) return false;
            const ahead = (p.x - from.x) * dx + (p.y - from.y) * dy;
            const aside = Math.abs((p.x - from.x) * dy - (p.y - from.y) * dx);
            return ahead > 0 && aside <= ahead;
          });
          const found = pointInDirection(points, from, key);
          if (inCone.length === 0) return found === null;
          const score = (p: CursorPoint) =>
            (p.x - from.x) * dx +
            (p.y - from.y) * dy +
            2 * Math.abs((p.x - from.x) * dy - (p.y - from.y) * dx);
          const best = Math.min(...inCone.map(score));
          return found !== null && inCone.includes(found) && score(found) === best;
        },
      ),
      { numRuns: 300 },
    );
  });
});
