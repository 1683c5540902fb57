// The exposure CSV of a large network: its exposure rows leave the max round-trip to be computed
// on demand, so before the table is written the worker solves every entity left, within a time
// budget; the cells it could not reach stay empty and the reader is told how many.

import type { MaxRoundTrip } from "@engine";
import type { ExposureCsvRow } from "../../server/dataset/export-exposure-csv.js";
import {
  type AnalysisRequest,
  type AnalysisResponse,
  answerAnalysis,
  type MaxRoundTripsAnswer,
} from "../answer-analysis.js";
import type { ViewModel } from "../view-model.js";

export const EXPORT_MAX_ROUND_TRIPS_DEFAULTS = Object.freeze({
  /** The worker stops solving after this long; the entities left keep empty cells. */
  timeBudgetMs: 30_000,
  /** A computation still running after this long is announced. */
  noticeAfterMs: 1_000,
});

/** Rows missing the max round-trip or its bottleneck deals. */
export function missingMaxRoundTrips(rows: readonly ExposureCsvRow[]): number {
  return rows.filter((row) => row.maxRoundTripUsd === null || row.bottleneckDeals === null).length;
}

/** The rows with the solved max round-trips filled in; a row already complete is kept as is. */
export function fillMaxRoundTrips(
  rows: readonly ExposureCsvRow[],
  solved: readonly MaxRoundTrip[],
): ExposureCsvRow[] {
  const byId = new Map(solved.map((row) => [row.id, row]));
  return rows.map((row) => {
    if (row.maxRoundTripUsd !== null && row.bottleneckDeals !== null) return row;
    const found = byId.get(row.id);
    return found
      ? { ...row, maxRoundTripUsd: found.maxRoundTripUsd, bottleneckDeals: found.bottleneckDeals }
      : row;
  });
}

/** Every entity's max round-trip for the current view, from a worker of its own (then ended). */
export function requestMaxRoundTrips(
  model: ViewModel,
  timeBudgetMs: number = EXPORT_MAX_ROUND_TRIPS_DEFAULTS.timeBudgetMs,
): Promise<MaxRoundTripsAnswer> {
  const { filters, asOf } = model.getState();
  const request: AnalysisRequest = {
    kind: "maxRoundTrips",
    id: 1,
    dataset: model.dataset,
    filters,
    asOf,
    timeBudgetMs,
  };
  const settle = (answer: AnalysisResponse): MaxRoundTripsAnswer => {
    if (answer.kind === "maxRoundTrips") return answer.result;
    throw new Error(answer.kind === "error" ? answer.error : `unexpected ${answer.kind} answer`);
  };
  if (typeof Worker === "undefined")
    return Promise.resolve().then(() => settle(answerAnalysis(request)));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("../analysis-worker.ts", import.meta.url), {
      type: "module",
    });
    worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
      worker.terminate();
      try {
        resolve(settle(event.data));
      } catch (error) {
        reject(error);
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || "the analysis worker failed"));
    };
    worker.postMessage(request);
  });
}
