import { readFileSync } from "node:fs";
import { buildFinancingGraph, type Dataset } from "@engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeDrawing, type ViewDrawing } from "../../../client/analyze-view.js";
import type { LoopFacts } from "../../../client/cycles-panel/filter-loops.js";
import { loopBottleneck } from "../../../client/cycles-panel/loop-bottlenecks.js";
import { loopFactsOf } from "../../../client/cycles-panel/loop-facts.js";
import { dealOf } from "../../../client/names.js";
import { asOfArbitrary, filtersArbitrary } from "../filters-arbitrary.js";
import { FIXTURE } from "../fixture-dataset.js";

const curated = JSON.parse(readFileSync("data/deals.json", "utf8")) as Dataset;

/** The straightforward facts: both bottlenecks read from W hop by hop, dates from the graph. */
function oracle(graph: ReturnType<typeof buildFinancingGraph>, drawing: ViewDrawing): LoopFacts[] {
  return drawing.cycles.cycles.map((cycle, rank) => {
    const dates = cycle.deals
      .flat()
      .map((id) => dealOf(graph, id)?.date)
      .filter((date): date is string => date !== undefined)
      .sort();
    return {
      rank,
      nodes: cycle.nodes,
      bottleneckUsd: {
        announced: loopBottleneck(drawing.viewFlows.announced, cycle.nodes).usd,
        committed: loopBottleneck(drawing.viewFlows.committed, cycle.nodes).usd,
      },
      lastDate: dates.at(-1) ?? null,
    };
  });
}

describe("loopFactsOf", () => {
  it("takes the engine's bottlenecks where it has them and equals reading both views' W hop by hop", () => {
    for (const dataset of [FIXTURE, curated]) {
      const graph = buildFinancingGraph(dataset);
      fc.assert(
        fc.property(filtersArbitrary, asOfArbitrary(dataset), (filters, asOf) => {
          const drawing = analyzeDrawing(dataset, graph, filters, asOf);
          expect(loopFactsOf(graph, drawing)).toEqual(oracle(graph, drawing));
        }),
        { numRuns: dataset === FIXTURE ? 200 : 40 },
      );
    }
  });
});
