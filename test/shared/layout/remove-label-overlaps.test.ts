import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  OVERLAP_DEFAULTS,
  removeLabelOverlaps,
} from "../../../shared/layout/remove-label-overlaps.js";

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

describe("removeLabelOverlaps in the canvas's shape", () => {
  it("spreads a tall, narrow cloud of labels over a wide box instead of a column", () => {
    const boxes = Array.from({ length: 60 }, (_, i) => ({
      id: String(i),
      x: (i * 7) % 11,
      y: i * 17,
      radius: 5,
      labelWidth: 60 + ((i * 13) % 50),
    }));
    const placed = [...removeLabelOverlaps(boxes).values()];
    const xs = placed.map((p) => p.x);
    const ys = placed.map((p) => p.y);
    const aspect = (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
    const { width, height } = OVERLAP_DEFAULTS;
    // Disc centres span the box less the widest label: wider than tall, as the box is.
    expect(aspect).toBeGreaterThan(1);
    expect(aspect).toBeLessThan((width / height) * 1.2);
  });

  it("grows the box when it cannot hold every label, and still separates them all", () => {
    const boxes = Array.from({ length: 40 }, (_, i) => ({
      id: String(i),
      x: i % 5,
      y: Math.floor(i / 5),
      radius: 6,
      labelWidth: 120,
    }));
    const placed = removeLabelOverlaps(boxes, { width: 200, height: 100, rounds: 3, margin: 2 });
    const rects = boxes.map((box) => {
      const { x, y } = placed.get(box.id)!;
      return { x0: x - 6, x1: x + 6 + 4 + 120, y0: -y - 8, y1: -y + 8 };
    });
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i]!;
        const b = rects[j]!;
        expect(
          a.x0 < b.x1 - 0.01 && b.x0 < a.x1 - 0.01 && a.y0 < b.y1 - 0.01 && b.y0 < a.y1 - 0.01,
        ).toBe(false);
      }
  });
});
