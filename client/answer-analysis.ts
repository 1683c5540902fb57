// What the viewer's analysis worker computes, as one pure function of a request: exposure of
// the current view (large networks), the other view's figures (every network: the panels show
// both views), and the history of both views per quarter (the trend chart), with one entity's
// round-trip series when asked; and the max round-trip of every entity within a time budget (the
// exposure CSV of a large network, whose rows leave it to be computed on demand).

import {
  computeBoundedMaxRoundTrips,
  computeDatasetFlowMatrix,
  computeHistory,
  type Dataset,
  type History,
  type MaxRoundTrip,
} from "@engine";
import {
  analyzeExposure,
  analyzeViewFigures,
  type CycleReport,
  inclusionFor,
  VIEW_CYCLE_OPTIONS,
  type ViewExposure,
  type ViewFigures,
} from "./analyze-view.js";
import { scopeDealsToSourceTiers } from "./source-tier-scope.js";
import type { Filters } from "./view-state.js";

export type AnalysisRequest =
  | {
      kind: "exposure";
      id: number;
      dataset: Dataset;
      filters: Filters;
      asOf: string | null;
      /** The loops the main thread found (bounded in time: recomputing could find others). */
      cycles: CycleReport;
    }
  | { kind: "figures"; id: number; dataset: Dataset; filters: Filters; asOf: string | null }
  | { kind: "history"; id: number; dataset: Dataset; filters: Filters; entity: string | null }
  | {
      kind: "maxRoundTrips";
      id: number;
      dataset: Dataset;
      filters: Filters;
      asOf: string | null;
      timeBudgetMs: number;
    };

/** The entities solved within the budget (entity id order), and whether it ran out. */
export interface MaxRoundTripsAnswer {
  rows: MaxRoundTrip[];
  truncated: boolean;
}

/**
 * A request as posted: the dataset only when the worker does not hold it yet, as data or as its
 * JSON in UTF-8 (`datasetJson`, far cheaper to copy to a worker).
 */
export type AnalysisMessage = AnalysisRequest extends infer R
  ? R extends AnalysisRequest
    ? Omit<R, "dataset"> & { dataset?: Dataset; datasetJson?: Uint8Array }
    : never
  : never;

export type AnalysisAnswer =
  | { kind: "exposure"; id: number; result: ViewExposure }
  | { kind: "figures"; id: number; result: ViewFigures }
  | { kind: "history"; id: number; result: History }
  | { kind: "maxRoundTrips"; id: number; result: MaxRoundTripsAnswer };

export type AnalysisResponse = AnalysisAnswer | { kind: "error"; id: number; error: string };

/** Loops per history point: the trend needs their number, bounded like the viewer's loops. */
export const HISTORY_CYCLE_OPTIONS = Object.freeze({ ...VIEW_CYCLE_OPTIONS, timeBudgetMs: 500 });

export function answerAnalysis(request: AnalysisRequest): AnalysisAnswer {
  switch (request.kind) {
    case "exposure": {
      const { dataset, filters, asOf, cycles } = request;
      const scoped = scopeDealsToSourceTiers(dataset, filters.sourceTiers);
      const flow = computeDatasetFlowMatrix(scoped, inclusionFor(filters, asOf));
      return {
        kind: "exposure",
        id: request.id,
        result: analyzeExposure(flow, cycles, { maxRoundTrip: false }),
      };
    }
    case "maxRoundTrips": {
      const { dataset, filters, asOf, timeBudgetMs } = request;
      const scoped = scopeDealsToSourceTiers(dataset, filters.sourceTiers);
      const flow = computeDatasetFlowMatrix(scoped, inclusionFor(filters, asOf));
      const { rows, truncated } = computeBoundedMaxRoundTrips(flow, { timeBudgetMs });
      return {
        kind: "maxRoundTrips",
        id: request.id,
        result: { rows: rows.filter((row) => row !== null), truncated },
      };
    }
    case "figures": {
      const { dataset, filters, asOf } = request;
      return {
        kind: "figures",
        id: request.id,
        result: analyzeViewFigures(dataset, filters, asOf),
      };
    }
    case "history": {
      const { dataset, filters, entity } = request;
      const { view: _view, asOf: _asOf, ...inclusion } = inclusionFor(filters, null);
      const result = computeHistory(scopeDealsToSourceTiers(dataset, filters.sourceTiers), {
        ...inclusion,
        ...HISTORY_CYCLE_OPTIONS,
        step: "quarter",
        entity,
      });
      return { kind: "history", id: request.id, result };
    }
  }
}

/**
 * The worker's side of the conversation: each message answered as `answerAnalysis` would answer
 * the full request, with the dataset of the latest message that carried one (errors as answers).
 */
export function createMessageAnswerer(): (message: AnalysisMessage) => AnalysisResponse {
  let dataset: Dataset | null = null;
  return (message) => {
    try {
      const { datasetJson, ...request } = message;
      if (datasetJson !== undefined) {
        dataset = JSON.parse(new TextDecoder().decode(datasetJson)) as Dataset;
      } else if (request.dataset) dataset = request.dataset;
      if (dataset === null) throw new Error("a request came before any dataset");
      return answerAnalysis({ ...request, dataset } as AnalysisRequest);
    } catch (error) {
      return {
        kind: "error",
        id: message.id,
        error: error instanceof Error ? error.message : String(error),
      };
    }
  };
}
