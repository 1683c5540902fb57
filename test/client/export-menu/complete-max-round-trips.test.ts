import { readFileSync } from "node:fs";
import {
  buildFinancingGraph,
  computeDatasetFlowMatrix,
  computeMaxRoundTrip,
  type Dataset,
} from "@engine";
import { describe, expect, it } from "vitest";
import { analyzeExposure, analyzeView, inclusionFor } from "../../../client/analyze-view.js";
import { answerAnalysis } from "../../../client/answer-analysis.js";
import {
  fillMaxRoundTrips,
  missingMaxRoundTrips,
  requestMaxRoundTrips,
} from "../../../client/export-menu/complete-max-round-trips.js";
import type { ViewModel } from "../../../client/view-model.js";
import { FILTER_DEFAULTS, VIEW_STATE_DEFAULTS } from "../../../client/view-state.js";
import { exportExposureCsv } from "../../../server/dataset/export-exposure-csv.js";

const curated = JSON.parse(readFileSync("data/deals.json", "utf8")) as Dataset;
const filters = { ...FILTER_DEFAULTS, view: "committed" as const };
const asOf = "2025-12-31";
const view = analyzeView(curated, buildFinancingGraph(curated), filters, asOf);
/** The rows a large network's worker gives: every figure but the max round-trip. */
const partial = analyzeExposure(view.flow, view.cycles, { maxRoundTrip: false }).exposure.entities;

describe("the exposure CSV's max round-trips", () => {
  it("the worker solves every entity of the view, as the one-entity solve does", () => {
    const answer = answerAnalysis({
      kind: "maxRoundTrips",
      id: 1,
      dataset: curated,
      filters,
      asOf,
      timeBudgetMs: Number.POSITIVE_INFINITY,
    });
    if (answer.kind !== "maxRoundTrips") throw new Error("expected maxRoundTrips");
    expect(answer.result.truncated).toBe(false);
    const flow = computeDatasetFlowMatrix(curated, inclusionFor(filters, asOf));
    expect(answer.result.rows.map((row) => row.id)).toEqual(flow.ids);
    for (const row of answer.result.rows) expect(row).toEqual(computeMaxRoundTrip(flow, row.id));
  });

  it("fills the rows a large network left empty: the table equals the fully computed one", () => {
    expect(missingMaxRoundTrips(partial)).toBe(partial.length);
    const answer = answerAnalysis({
      kind: "maxRoundTrips",
      id: 2,
      dataset: curated,
      filters,
      asOf,
      timeBudgetMs: Number.POSITIVE_INFINITY,
    });
    if (answer.kind !== "maxRoundTrips") throw new Error("expected maxRoundTrips");
    const filled = fillMaxRoundTrips(partial, answer.result.rows);
    expect(missingMaxRoundTrips(filled)).toBe(0);
    expect(exportExposureCsv(curated, filled)).toBe(
      exportExposureCsv(curated, view.exposure.entities),
    );
    expect(view.exposure.entities.some((row) => (row.maxRoundTripUsd ?? 0) > 0)).toBe(true);
  });

  it("with the budget spent, solves only what costs nothing and says it stopped", async () => {
    const model = {
      dataset: curated,
      getState: () => ({ ...VIEW_STATE_DEFAULTS, filters, asOf }),
    } as unknown as ViewModel;
    const answer = await requestMaxRoundTrips(model, 0);
    expect(answer.truncated).toBe(true);
    // Entities alone in their component: 0, without a max-flow.
    expect(answer.rows.every((row) => row.maxRoundTripUsd === 0)).toBe(true);
    const filled = fillMaxRoundTrips(partial, answer.rows);
    const left = missingMaxRoundTrips(filled);
    expect(left).toBe(partial.length - answer.rows.length);
    expect(left).toBeGreaterThan(0);
    // The rows left are exactly those the worker did not reach: null, never a made-up 0.
    const solved = new Set(answer.rows.map((row) => row.id));
    for (const row of filled) {
      expect(row.maxRoundTripUsd === null).toBe(!solved.has(row.id));
    }
  });
});
