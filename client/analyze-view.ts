// Everything the panels and reducers show for the current filters and date, recomputed from the
// dataset with the engine: the flow matrix, drawn and counted deals, loops, exposure, summary.

import {
  computeExposure,
  computeFlowMatrix,
  computeRoundTripShares,
  computeSummary,
  type Dataset,
  type FinancingGraph,
  type FlowMatrix,
  findCycles,
  type InclusionOptions,
  isDealIncluded,
  normalizeDate,
  resolveInclusion,
} from "@engine";
import type { Filters } from "./view-state.js";

export type CycleReport = ReturnType<typeof findCycles>;
export type Cycle = CycleReport["cycles"][number];
export type ExposureReport = ReturnType<typeof computeExposure>;
export type ExposureRow = ExposureReport["entities"][number];
export type Summary = ReturnType<typeof computeSummary>;

export interface ViewAnalysis {
  flow: FlowMatrix;
  /** Deals drawn on the graph (backstops included when their type is shown). */
  drawnDeals: ReadonlySet<string>;
  /** Deals counted as flows in W. */
  countedDeals: ReadonlySet<string>;
  /** Entities with at least one drawn deal. */
  visibleEntities: ReadonlySet<string>;
  cycles: CycleReport;
  exposure: ExposureReport;
  exposureById: ReadonlyMap<string, ExposureRow>;
  summary: Summary;
  /** Indices into cycles.cycles of the loops through each entity. */
  cyclesByEntity: ReadonlyMap<string, readonly number[]>;
  /** in + out under the current filters. */
  totalFlowUsd: ReadonlyMap<string, number>;
}

/** Loops kept for display: enough for any curated dataset, bounded in count and time for uploads. */
export const VIEW_CYCLE_OPTIONS = Object.freeze({
  maxLength: 8,
  maxCycles: 5000,
  timeBudgetMs: 1500,
});

/** The engine's inclusion options for the viewer's filters at a date. */
export function inclusionFor(filters: Filters, asOf: string | null): Partial<InclusionOptions> {
  return {
    types: filters.types.filter((type) => type !== "backstop"),
    statuses: filters.statuses,
    basis: filters.basis,
    minAmountUsd: filters.minAmountUsd,
    backstopsCalled: filters.backstopsCalled && filters.types.includes("backstop"),
    asOf,
  };
}

export function analyzeView(
  dataset: Dataset,
  graph: FinancingGraph,
  filters: Filters,
  asOf: string | null,
): ViewAnalysis {
  const inclusion = inclusionFor(filters, asOf);
  const flow = computeFlowMatrix(graph, inclusion);
  const counted = resolveInclusion(inclusion);
  const drawn = resolveInclusion({ ...inclusion, types: filters.types, backstopsCalled: false });
  const drawnDeals = new Set<string>();
  const countedDeals = new Set<string>();
  const visibleEntities = new Set<string>();
  for (const deal of dataset.deals) {
    if (isDealIncluded(deal, counted)) countedDeals.add(deal.id);
    if (!isDealIncluded(deal, drawn)) continue;
    drawnDeals.add(deal.id);
    visibleEntities.add(deal.from);
    visibleEntities.add(deal.to);
  }
  const cycles = findCycles(flow, VIEW_CYCLE_OPTIONS);
  // Round-trip shares feed both the exposure rows and Finn's index: solve them once.
  const shares = computeRoundTripShares(flow);
  const exposure = computeExposure(flow, {}, shares);
  const summary = computeSummary(flow, cycles, shares);
  const cyclesByEntity = new Map<string, number[]>();
  cycles.cycles.forEach((cycle, index) => {
    for (const id of cycle.nodes) {
      const list = cyclesByEntity.get(id);
      if (list) list.push(index);
      else cyclesByEntity.set(id, [index]);
    }
  });
  const totalFlowUsd = new Map<string, number>();
  for (const [i, id] of flow.ids.entries()) {
    totalFlowUsd.set(id, flow.outflowUsd[i]! + flow.inflowUsd[i]!);
  }
  return {
    flow,
    drawnDeals,
    countedDeals,
    visibleEntities,
    cycles,
    exposure,
    exposureById: new Map(exposure.entities.map((row) => [row.id, row])),
    summary,
    cyclesByEntity,
    totalFlowUsd,
  };
}

/** The distinct deal days of a dataset, ascending: the stops of the timeline. */
export function timelineDates(dataset: Dataset): string[] {
  const days = new Set<string>();
  for (const deal of dataset.deals) {
    const day = normalizeDate(deal.date);
    if (day !== null) days.add(day);
  }
  return [...days].sort();
}
