// One call for the whole analysis of a validated dataset (SPEC §5): cycles, per-entity exposure,
// counterparty exposure, system summary and the warnings the analysis raised, in the view the
// options select (cycles carry the committed view's bottleneck too). CLI and API use it.

import { buildFinancingGraph } from "./build-financing-graph.js";
import { computeExposure, type EntityExposure } from "./compute-exposure.js";
import { computeSummary, type SystemSummary } from "./compute-summary.js";
import { type CounterpartyExposure, computeCounterpartyExposure } from "./counterparty-exposure.js";
import { CYCLE_DEFAULTS, type CycleOptions } from "./cycle-options.js";
import { type CycleReport, findCycles } from "./find-cycles.js";
import { computeFlowMatrix } from "./flow-matrix.js";
import { INCLUSION_DEFAULTS, type InclusionOptions } from "./inclusion.js";
import { ROUND_TRIP_DEFAULTS, type RoundTripOptions } from "./round-trip-options.js";
import { computeRoundTripShares } from "./round-trip-shares.js";
import type { Dataset, Problem } from "./types.js";

export interface AnalyzeOptions extends InclusionOptions, CycleOptions, RoundTripOptions {
  /** Exposure rows for this entity only; null for every entity. */
  entity: string | null;
}

export const ANALYZE_DEFAULTS: Readonly<AnalyzeOptions> = Object.freeze({
  ...INCLUSION_DEFAULTS,
  ...CYCLE_DEFAULTS,
  ...ROUND_TRIP_DEFAULTS,
  entity: null,
});

export interface Analysis {
  readonly cycles: CycleReport;
  readonly exposure: { readonly entities: readonly EntityExposure[] };
  readonly counterpartyExposure: readonly CounterpartyExposure[];
  readonly summary: SystemSummary;
  readonly warnings: readonly Problem[];
}

/**
 * Analyse a validated dataset under inclusion options and cycle bounds. `deadline`
 * (performance.now() time) ends the exposure step by then as well as after its own
 * exposureBudgetMs, whichever comes first: one deadline for a whole job (the API's worker).
 */
export function analyzeDataset(
  dataset: Dataset,
  options: Partial<AnalyzeOptions> = {},
  deadline = Number.POSITIVE_INFINITY,
): Analysis {
  const resolved: AnalyzeOptions = { ...ANALYZE_DEFAULTS, ...options };
  const {
    maxLength,
    maxCycles,
    timeBudgetMs,
    onProgress,
    denseLimit,
    fillLimit,
    tolerance,
    maxIterations,
    exposureBudgetMs,
  } = resolved;
  const { entity, ...inclusion } = resolved;
  const graph = buildFinancingGraph(dataset);
  const flow = computeFlowMatrix(graph, inclusion);
  const committedFlow =
    inclusion.view === "committed"
      ? flow
      : computeFlowMatrix(graph, { ...inclusion, view: "committed" });
  const cycles = findCycles(
    flow,
    { maxLength, maxCycles, timeBudgetMs, onProgress },
    committedFlow,
  );
  // The exposure step has a budget of its own (exposureBudgetMs) for the shares and then the
  // max round-trips, cut to what is left before `deadline`; past it, TimeBudgetError (nothing
  // partial: SPEC §5 has one exposure row per entity).
  const exposureStart = performance.now();
  const left = Math.max(0, Math.floor(deadline - exposureStart));
  const roundTrip = {
    denseLimit,
    fillLimit,
    tolerance,
    maxIterations,
    exposureBudgetMs: Math.min(exposureBudgetMs, left),
  };
  const shares = computeRoundTripShares(flow, roundTrip, exposureStart);
  const exposure = computeExposure(flow, { ...roundTrip, entity }, shares, exposureStart);
  const summary = computeSummary(flow, cycles, shares);
  const warnings: Problem[] = [];
  if (cycles.truncated) {
    warnings.push({
      path: "cycles",
      message: `cycle enumeration truncated (${cycles.truncatedReason}) after ${cycles.cycles.length} cycles`,
    });
  }
  for (const warning of exposure.warnings) warnings.push(warning);
  return {
    cycles,
    exposure: { entities: exposure.entities },
    counterpartyExposure: computeCounterpartyExposure(graph, inclusion),
    summary,
    warnings,
  };
}
