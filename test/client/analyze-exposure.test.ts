// The exposure half of the view analysis, as the worker runs it on large networks (no max
// round-trips), against the engine's computeExposure; and the max round-trip computed on demand.

import {
  buildFinancingGraph,
  computeExposure,
  computeFlowMatrix,
  computeMaxRoundTrip,
  computeSummary,
  findCycles,
} from "@engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateNetwork } from "../../bench/generate-network.js";
import {
  analyzeDrawing,
  analyzeExposure,
  analyzeView,
  entityFlowUsd,
  inclusionFor,
  VIEW_CYCLE_OPTIONS,
  type ViewAnalysis,
} from "../../client/analyze-view.js";
import { maxRoundTripOf } from "../../client/entity-panel/max-round-trip-of.js";
import { FILTER_DEFAULTS } from "../../client/view-state.js";

describe("analyzeExposure without max round-trips", () => {
  it("matches computeExposure on every other field, and the summary", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 30 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 1_000 }),
        (n, degree, seed) => {
          const m = Math.min(n * degree, n * (n - 1));
          const dataset = generateNetwork({ shape: "random", n, m, seed });
          const flow = computeFlowMatrix(
            buildFinancingGraph(dataset),
            inclusionFor(FILTER_DEFAULTS, null),
          );
          const cycles = findCycles(flow, VIEW_CYCLE_OPTIONS);
          const lazy = analyzeExposure(flow, cycles, { maxRoundTrip: false });
          const engine = computeExposure(flow);
          expect(lazy.exposure.warnings).toEqual(engine.warnings);
          expect(lazy.exposure.entities).toEqual(
            engine.entities.map((row) => ({
              ...row,
              maxRoundTripUsd: null,
              bottleneckDeals: null,
            })),
          );
          expect(lazy.summary).toEqual(computeSummary(flow, cycles));
          const full = analyzeExposure(flow, cycles, { maxRoundTrip: true });
          expect(full.exposure.entities).toEqual(engine.entities);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("maxRoundTripOf", () => {
  it("computes a max round-trip left out, and reads one already computed", () => {
    const dataset = generateNetwork({ shape: "random", n: 40, m: 160, seed: 9 });
    const graph = buildFinancingGraph(dataset);
    const drawing = analyzeDrawing(dataset, graph, FILTER_DEFAULTS, null);
    const lazy: ViewAnalysis = {
      ...drawing,
      ...analyzeExposure(drawing.flow, drawing.cycles, { maxRoundTrip: false }),
      otherView: null,
    };
    const full = analyzeView(dataset, graph, FILTER_DEFAULTS, null);
    for (const id of drawing.flow.ids) {
      const expected = computeMaxRoundTrip(drawing.flow, id);
      const fromLazy = maxRoundTripOf(lazy, id);
      expect(fromLazy).toEqual(expected);
      // Remembered: the same object the second time.
      expect(maxRoundTripOf(lazy, id)).toBe(fromLazy);
      expect(maxRoundTripOf(full, id)).toEqual({
        maxRoundTripUsd: expected.maxRoundTripUsd,
        bottleneckDeals: expected.bottleneckDeals,
      });
      const x = drawing.flow.indexOf.get(id)!;
      expect(entityFlowUsd(lazy, id)).toEqual({
        outflowUsd: drawing.flow.outflowUsd[x],
        inflowUsd: drawing.flow.inflowUsd[x],
      });
    }
    expect(maxRoundTripOf(lazy, "nobody")).toBeNull();
  });
});
