// The slow half of the view analysis (round-trip shares, exposure rows without max round-trips,
// summary) for large networks, off the main thread. One request at a time; the model terminates
// and replaces the worker when the filters change before an answer arrives.

import { buildFinancingGraph, computeFlowMatrix, type Dataset } from "@engine";
import {
  analyzeExposure,
  type CycleReport,
  inclusionFor,
  type ViewExposure,
} from "./analyze-view.js";
import { scopeToSourceTiers } from "./source-tier-scope.js";
import type { Filters } from "./view-state.js";

export interface ExposureRequest {
  id: number;
  dataset: Dataset;
  filters: Filters;
  asOf: string | null;
  /** The loops the main thread found (bounded in time: recomputing could find others). */
  cycles: CycleReport;
}

export type ExposureResponse =
  | { id: number; result: ViewExposure; error: null }
  | { id: number; result: null; error: string };

self.onmessage = (event: MessageEvent<ExposureRequest>) => {
  const { id, dataset, filters, asOf, cycles } = event.data;
  let response: ExposureResponse;
  try {
    const full = buildFinancingGraph(dataset);
    const { graph } = scopeToSourceTiers(dataset, full, filters.sourceTiers);
    const flow = computeFlowMatrix(graph, inclusionFor(filters, asOf));
    response = { id, result: analyzeExposure(flow, cycles, { maxRoundTrip: false }), error: null };
  } catch (error) {
    response = { id, result: null, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
