import { readFileSync } from "node:fs";
import { buildFinancingGraph, type Dataset } from "@engine";
import { describe, expect, it } from "vitest";
import { analyzeDrawing } from "../../../client/analyze-view.js";
import { loopBottlenecks, pairWeight } from "../../../client/cycles-panel/loop-bottlenecks.js";
import { FILTER_DEFAULTS } from "../../../client/view-state.js";
import { FIXTURE } from "../fixture-dataset.js";

const curated = JSON.parse(readFileSync("data/deals.json", "utf8")) as Dataset;

describe("loopBottlenecks", () => {
  it("reads W by ids, 0 where no deal is counted", () => {
    const graph = buildFinancingGraph(FIXTURE);
    const { flow } = analyzeDrawing(FIXTURE, graph, FILTER_DEFAULTS, null);
    expect(pairWeight(flow, "a", "b")).toBe(30e9);
    expect(pairWeight(flow, "c", "b")).toBe(0);
    expect(pairWeight(flow, "nobody", "b")).toBe(0);
  });

  it("agrees with the engine on every curated loop, in both views", () => {
    const graph = buildFinancingGraph(curated);
    for (const view of ["announced", "committed"] as const) {
      const drawing = analyzeDrawing(curated, graph, { ...FILTER_DEFAULTS, view }, null);
      expect(drawing.cycles.cycles.length).toBeGreaterThan(0);
      for (const cycle of drawing.cycles.cycles) {
        const both = loopBottlenecks(drawing.viewFlows, cycle.nodes);
        expect(both[view].usd).toBe(cycle.bottleneckUsd);
        expect(both[view].hop).toBe(cycle.bottleneckHop);
        expect(both.committed.usd).toBe(cycle.committedBottleneckUsd);
        expect(both.committed.usd).toBeLessThanOrEqual(both.announced.usd);
        // The current view's loops have a counted deal on every hop: a zero there is undisclosed.
        expect(both[view].undisclosed).toBe(cycle.bottleneckUsd === 0);
      }
    }
  });
});
