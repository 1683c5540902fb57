import { buildFinancingGraph, type Dataset } from "@engine";
import { describe, expect, it } from "vitest";
import { computeLayout } from "../../../shared/layout/compute-layout.js";
import { FIXTURE } from "../../client/fixture-dataset.js";

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

/** n entities n0…, each paying the one `step · i + offset` places on (mod n): an upload's shape. */
function uploadGraph(n: number, step: number, offset: number) {
  const entities = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    name: `Node ${i}`,
    kind: "other" as const,
  }));
  const deals = entities.map((entity, i) => ({
    ...FIXTURE.deals[0]!,
    id: `d${i}`,
    from: entity.id,
    to: `n${(i * step + offset) % n}`,
  }));
  return buildFinancingGraph({ entities, deals });
}

describe("computeLayout on a large upload", () => {
  it("stays deterministic and finite with Barnes–Hut and no label pass", () => {
    const graph = uploadGraph(40, 7, 3);
    const first = computeLayout(graph, { largeGraph: 10, iterations: 50 });
    const second = computeLayout(graph, { largeGraph: 10, iterations: 50 });
    expect([...first.entries()]).toEqual([...second.entries()]);
    for (const { x, y } of first.values())
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
  });
});

describe("computeLayout on a huge upload", () => {
  it("skips noverlap, stays deterministic and spreads every entity apart", () => {
    const graph = uploadGraph(60, 11, 5);
    const options = { largeGraph: 10, hugeGraph: 20, minIterations: 30 };
    const first = computeLayout(graph, options);
    expect([...computeLayout(graph, options).entries()]).toEqual([...first.entries()]);
    expect(first.size).toBe(60);
    const points = new Set([...first.values()].map(({ x, y }) => `${x},${y}`));
    expect(points.size).toBe(60);
    for (const { x, y } of first.values())
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
  });
});
