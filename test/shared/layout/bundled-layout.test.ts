import { buildFinancingGraph, type Dataset } from "@engine";
import { describe, expect, it } from "vitest";
import { bundledPositions, bundleLayout } from "../../../shared/layout/bundled-layout.js";
import { computeLayout, type Positions } from "../../../shared/layout/compute-layout.js";
import { FIXTURE } from "../../client/fixture-dataset.js";

const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
/** JSON writes −0 as 0: the same point on the canvas. */
const plusZero = (positions: Positions | null) =>
  positions && new Map([...positions].map(([id, { x, y }]) => [id, { x: x + 0, y: y + 0 }]));

describe("bundledPositions", () => {
  it("gives back exactly the computed layout for the graph it was bundled from", () => {
    const graph = buildFinancingGraph(FIXTURE);
    const positions = computeLayout(graph);
    const file = roundTrip(bundleLayout(graph, positions));
    // Deals in another order build the same graph: the bundle still applies.
    const same = buildFinancingGraph({ ...FIXTURE, deals: [...FIXTURE.deals].reverse() });
    expect(plusZero(bundledPositions(same, file))).toEqual(plusZero(positions));
  });

  it("refuses a bundle made for any other graph", () => {
    const graph = buildFinancingGraph(FIXTURE);
    const file = roundTrip(bundleLayout(graph, computeLayout(graph)));
    const first = FIXTURE.deals[0]!;
    const variants: Dataset[] = [
      { ...FIXTURE, entities: FIXTURE.entities.map((e, i) => (i ? e : { ...e, name: "Renamed" })) },
      {
        ...FIXTURE,
        deals: [{ ...first, amountUsd: (first.amountUsd ?? 0) + 1 }, ...FIXTURE.deals.slice(1)],
      },
      { ...FIXTURE, deals: [{ ...first, type: "backstop" }, ...FIXTURE.deals.slice(1)] },
      { ...FIXTURE, deals: FIXTURE.deals.slice(1) },
    ];
    for (const dataset of variants) {
      expect(bundledPositions(buildFinancingGraph(dataset), file)).toBeNull();
    }
  });

  it("ignores files that are not a bundled layout", () => {
    const graph = buildFinancingGraph(FIXTURE);
    const { key, positions } = bundleLayout(graph, computeLayout(graph));
    for (const file of [
      null,
      "x",
      { key },
      { key, positions: positions.map(([id]) => [id, "0", 0]) },
      { key, positions: positions.map(([id]) => [id, Number.NaN, 0]) },
    ]) {
      expect(bundledPositions(graph, file)).toBeNull();
    }
  });
});
