import { buildFinancingGraph, type Dataset } from "@engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeLayout } from "../../../client/graph-view/compute-layout.js";
import { displayLabel, estimateLabelWidth } from "../../../client/graph-view/display-label.js";
import { removeLabelOverlaps } from "../../../client/graph-view/remove-label-overlaps.js";
import { seededRandom } from "../../../client/graph-view/seeded-random.js";
import { FIXTURE } from "../fixture-dataset.js";

describe("computeLayout", () => {
  it("gives the same positions on every run", () => {
    const first = computeLayout(buildFinancingGraph(FIXTURE));
    const second = computeLayout(
      buildFinancingGraph({ ...FIXTURE, deals: [...FIXTURE.deals].reverse() }),
    );
    expect([...second.entries()].sort()).toEqual([...first.entries()].sort());
    for (const { x, y } of first.values())
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
  });

  it("places every entity, including ones with no deals", () => {
    const dataset: Dataset = {
      ...FIXTURE,
      entities: [...FIXTURE.entities, { id: "z", name: "Zeta", kind: "other" }],
    };
    expect([...computeLayout(buildFinancingGraph(dataset)).keys()].sort()).toEqual([
      "a",
      "b",
      "c",
      "d",
      "e",
      "z",
    ]);
  });
});

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

describe("seededRandom and labels", () => {
  it("repeats its sequence for a seed and stays in [0, 1)", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    for (let i = 0; i < 100; i++) {
      const value = a();
      expect(value).toBe(b());
      expect(value >= 0 && value < 1).toBe(true);
    }
  });

  it("shortens long names on the canvas only by dropping a parenthetical or cutting", () => {
    expect(displayLabel("Hyperion JV (Beignet Investor LLC)")).toBe("Hyperion JV");
    expect(displayLabel("Amazon (AWS)")).toBe("Amazon (AWS)");
    expect(displayLabel("A".repeat(40)).endsWith("…")).toBe(true);
    expect(estimateLabelWidth("Nvidia")).toBeGreaterThan(estimateLabelWidth("Nv"));
  });
});

describe("computeLayout on a large upload", () => {
  it("stays deterministic and finite with Barnes–Hut and no label pass", () => {
    const entities = Array.from({ length: 40 }, (_, i) => ({
      id: `n${i}`,
      name: `Node ${i}`,
      kind: "other" as const,
    }));
    const deals = entities.map((entity, i) => ({
      ...FIXTURE.deals[0]!,
      id: `d${i}`,
      from: entity.id,
      to: `n${(i * 7 + 3) % 40}`,
    }));
    const graph = buildFinancingGraph({ entities, deals });
    const first = computeLayout(graph, { largeGraph: 10, iterations: 50 });
    const second = computeLayout(graph, { largeGraph: 10, iterations: 50 });
    expect([...first.entries()]).toEqual([...second.entries()]);
    for (const { x, y } of first.values())
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
  });
});
