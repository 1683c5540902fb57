import { readFileSync } from "node:fs";
import { analyzeDataset, buildFinancingGraph, type Dataset } from "@engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  analyzeDrawing,
  analyzeView,
  analyzeViewFigures,
  inclusionFor,
  timelineDates,
  viewFiguresOf,
} from "../../client/analyze-view.js";
import { FILTER_DEFAULTS, reduceViewState, VIEW_STATE_DEFAULTS } from "../../client/view-state.js";
import { asOfArbitrary, filtersArbitrary } from "./filters-arbitrary.js";
import { FIXTURE } from "./fixture-dataset.js";

const graph = buildFinancingGraph(FIXTURE);

describe("analyzeView", () => {
  it("draws backstops but counts them only when called", () => {
    const view = analyzeView(FIXTURE, graph, FILTER_DEFAULTS, null);
    expect(view.drawnDeals.has("eb")).toBe(true);
    expect(view.countedDeals.has("eb")).toBe(false);
    const called = reduceViewState(VIEW_STATE_DEFAULTS, {
      type: "setBackstopsCalled",
      called: true,
    });
    expect(analyzeView(FIXTURE, graph, called.filters, null).countedDeals.has("eb")).toBe(true);
  });

  it("finds the loops and indexes them by entity", () => {
    const view = analyzeView(FIXTURE, graph, FILTER_DEFAULTS, null);
    // Ranked by bottleneck: a → b → c → a carries $10B all the way round, a ⇄ b only $5B.
    expect(view.cycles.cycles.map((cycle) => cycle.nodes)).toEqual([
      ["a", "b", "c"],
      ["a", "b"],
    ]);
    expect(view.cycles.cycles.map((cycle) => cycle.bottleneckUsd)).toEqual([10e9, 5e9]);
    expect(view.cyclesByEntity.get("c")).toEqual([0]);
    expect(view.cyclesByEntity.get("d")).toBeUndefined();
    expect(view.summary.grossUsd).toBe(65e9);
  });

  it("as of a date keeps only earlier deals and the entities they touch", () => {
    const view = analyzeView(FIXTURE, graph, FILTER_DEFAULTS, "2024-12-31");
    expect([...view.drawnDeals].sort()).toEqual(["ab", "bc", "da"]);
    expect(view.visibleEntities.has("e")).toBe(false);
    expect(view.cycles.cycles).toEqual([]);
  });

  it("passes the viewer's filters to the engine without backstops in the types", () => {
    const inclusion = inclusionFor(FILTER_DEFAULTS, "2025-01-01");
    expect(inclusion.types).not.toContain("backstop");
    expect(inclusion.backstopsCalled).toBe(false);
    expect(inclusion.asOf).toBe("2025-01-01");
  });
});

describe("timelineDates", () => {
  it("lists distinct deal days in order, partial dates as their first day", () => {
    expect(timelineDates(FIXTURE)).toEqual([
      "2023-01-01",
      "2024-02-01",
      "2024-03-01",
      "2025-01-15",
      "2025-02-01",
      "2025-06-01",
    ]);
  });
});

describe("analyzeView on the curated dataset", () => {
  it("shows the same figures as the engine's analyzeDataset under matching options", () => {
    const curated = JSON.parse(readFileSync("data/deals.json", "utf8")) as Dataset;
    const curatedGraph = buildFinancingGraph(curated);
    const viewer = analyzeView(curated, curatedGraph, FILTER_DEFAULTS, null);
    const engine = analyzeDataset(curated, { maxLength: 8, maxCycles: 5000 });
    expect(viewer.summary.grossUsd).toBe(engine.summary.grossUsd);
    expect(viewer.summary.finnCyclingIndex).toBe(engine.summary.finnCyclingIndex);
    expect(viewer.cycles.cycles.length).toBe(engine.cycles.cycles.length);
    expect(viewer.exposure.entities).toEqual(engine.exposure.entities);

    const called = reduceViewState(VIEW_STATE_DEFAULTS, {
      type: "setBackstopsCalled",
      called: true,
    });
    const asOf = "2025-06-30";
    const viewerCalled = analyzeView(curated, curatedGraph, called.filters, asOf);
    const engineCalled = analyzeDataset(curated, {
      maxLength: 8,
      maxCycles: 5000,
      backstopsCalled: true,
      asOf,
    });
    expect(viewerCalled.summary.grossUsd).toBe(engineCalled.summary.grossUsd);
    expect(viewerCalled.cycles.cycles.length).toBe(engineCalled.cycles.cycles.length);

    // The audit switch: superseded deals counted too, as the engine's includeSuperseded.
    const audit = reduceViewState(VIEW_STATE_DEFAULTS, {
      type: "setIncludeSuperseded",
      include: true,
    });
    const viewerAudit = analyzeView(curated, curatedGraph, audit.filters, null);
    const engineAudit = analyzeDataset(curated, {
      maxLength: 8,
      maxCycles: 5000,
      includeSuperseded: true,
    });
    expect(viewerAudit.summary.grossUsd).toBe(engineAudit.summary.grossUsd);
    expect(viewerAudit.summary.grossUsd).toBeGreaterThan(viewer.summary.grossUsd);
    expect(viewerAudit.cycles.cycles.map((c) => c.bottleneckUsd)).toEqual(
      engineAudit.cycles.cycles.map((c) => c.bottleneckUsd),
    );
  });
});

describe("viewFiguresOf", () => {
  it("gives the other view's figures from the drawing's W exactly as the worker's route from the dataset", () => {
    const curated = JSON.parse(readFileSync("data/deals.json", "utf8")) as Dataset;
    const curatedGraph = buildFinancingGraph(curated);
    for (const [dataset, g] of [
      [FIXTURE, graph],
      [curated, curatedGraph],
    ] as const) {
      fc.assert(
        fc.property(filtersArbitrary, asOfArbitrary(dataset), (filters, asOf) => {
          const other = filters.view === "committed" ? "announced" : "committed";
          const drawing = analyzeDrawing(dataset, g, filters, asOf);
          expect(viewFiguresOf(other, drawing.viewFlows[other])).toEqual(
            analyzeViewFigures(dataset, { ...filters, view: other }, asOf),
          );
        }),
        { numRuns: dataset === FIXTURE ? 200 : 60 },
      );
    }
  });
});
