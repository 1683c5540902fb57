import { readFileSync } from "node:fs";
import { buildFinancingGraph, computeHistory, type Dataset } from "@engine";
import { describe, expect, it } from "vitest";
import { analyzeView } from "../../client/analyze-view.js";
import { answerAnalysis, HISTORY_CYCLE_OPTIONS } from "../../client/answer-analysis.js";
import { FILTER_DEFAULTS } from "../../client/view-state.js";

const curated = JSON.parse(readFileSync("data/deals.json", "utf8")) as Dataset;
const graph = buildFinancingGraph(curated);

describe("answerAnalysis", () => {
  it("gives the other view's figures as the view itself computes them", () => {
    const asOf = "2025-12-31";
    const answer = answerAnalysis({
      kind: "figures",
      id: 1,
      dataset: curated,
      filters: { ...FILTER_DEFAULTS, view: "committed" },
      asOf,
    });
    if (answer.kind !== "figures") throw new Error("expected figures");
    const committed = analyzeView(curated, graph, { ...FILTER_DEFAULTS, view: "committed" }, asOf);
    expect(answer.result.view).toBe("committed");
    expect(answer.result.summary).toEqual(committed.summary);
    for (const row of committed.exposure.entities) {
      expect(answer.result.shares.get(row.id)).toEqual({
        roundTripShare: row.roundTripShare,
        roundTripUsd: row.roundTripUsd,
      });
    }
    // And the announced view's analysis carries the same as its other view.
    const announced = analyzeView(curated, graph, FILTER_DEFAULTS, asOf);
    expect(announced.otherView?.summary).toEqual(committed.summary);
    expect(announced.summary.grossUsd).toBeGreaterThan(committed.summary.grossUsd);
  });

  it("gives the engine's quarterly history of both views under the filters", () => {
    const filters = {
      ...FILTER_DEFAULTS,
      types: FILTER_DEFAULTS.types.filter((t) => t !== "loan"),
    };
    const answer = answerAnalysis({
      kind: "history",
      id: 2,
      dataset: curated,
      filters,
      entity: "nvidia",
    });
    if (answer.kind !== "history") throw new Error("expected history");
    const expected = computeHistory(curated, {
      types: filters.types.filter((t) => t !== "backstop"),
      ...HISTORY_CYCLE_OPTIONS,
      step: "quarter",
      entity: "nvidia",
    });
    expect(answer.result).toEqual(expected);
    expect(answer.result.points.at(-1)!.committed.roundTripShare).toBeTypeOf("number");
  });
});
