import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { removeLabelOverlaps } from "../../../shared/layout/remove-label-overlaps.js";

describe("removeLabelOverlaps", () => {
  it("leaves no two label boxes overlapping", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: 0, max: 50 }),
            y: fc.integer({ min: 0, max: 50 }),
            len: fc.integer({ min: 2, max: 20 }),
          }),
          {
            minLength: 2,
            maxLength: 25,
          },
        ),
        (points) => {
          const boxes = points.map((p, i) => ({
            id: String(i),
            x: p.x,
            y: p.y,
            radius: 5,
            labelWidth: p.len * 7,
          }));
          const placed = removeLabelOverlaps(boxes, {
            width: 900,
            height: 700,
            margin: 2,
            rounds: 1,
            iterations: 2000,
          });
          const rects = boxes.map((box) => {
            const { x, y } = placed.get(box.id)!;
            return { x0: x - 5, x1: x + 5 + 4 + box.labelWidth, y0: -y - 8, y1: -y + 8 };
          });
          for (let i = 0; i < rects.length; i++)
            for (let j = i + 1; j < rects.length; j++) {
              const a = rects[i]!;
              const b = rects[j]!;
              const overlap =
                a.x0 < b.x1 - 0.01 &&
                b.x0 < a.x1 - 0.01 &&
                a.y0 < b.y1 - 0.01 &&
                b.y0 < a.y1 - 0.01;
              expect(overlap).toBe(false);
            }
        },
      ),
      { numRuns: 60 },
    );
  });
});
