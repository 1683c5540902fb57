// Everything the panels and reducers show for the current filters and date, recomputed from the
// dataset with the engine: the flow matrix, drawn and counted deals, loops (what the canvas needs,
// fast), then exposure and summary (round-trip shares of every entity: slow on large networks,
// so the model may compute them in a worker and leave the max round-trip to on-demand).

import {
  type Cycle,
  type CycleReport,
  computeDatasetFlowMatrix,
  computeExposure,
  computeFlowMatrix,
  computeRoundTripShares,
  computeSummary,
  countCycles,
  createDealFilter,
  type Dataset,
  type EntityExposure,
  type EntityExposureWithoutMax,
  type ExposureReportOf,
  type FinancingGraph,
  type FlowMatrix,
  findCycles,
  type InclusionOptions,
  normalizeDate,
  type SystemSummary,
  type View,
} from "@engine";
import { scopeDealsToSourceTiers, scopeToSourceTiers } from "./source-tier-scope.js";
import type { Filters } from "./view-state.js";

export type { Cycle, CycleReport };
/** An exposure row; the max round-trip is null when left to be computed on demand. */
export type ExposureRow = EntityExposure | EntityExposureWithoutMax;
export type ExposureReport = ExposureReportOf<ExposureRow>;
export type Summary = SystemSummary;

/** The part of the analysis the canvas and the loops need. */
export interface ViewDrawing {
  flow: FlowMatrix;
  /** W in each view (one of them is `flow`): a loop's bottleneck in both views reads them. */
  viewFlows: Readonly<Record<View, FlowMatrix>>;
  /** Deals drawn on the graph (backstops included when their type is shown). */
  drawnDeals: ReadonlySet<string>;
  /** Deals counted as flows in W. */
  countedDeals: ReadonlySet<string>;
  /** Entities with at least one drawn deal. */
  visibleEntities: ReadonlySet<string>;
  cycles: CycleReport;
  /** Indices into cycles.cycles of the loops through each entity. */
  cyclesByEntity: ReadonlyMap<string, readonly number[]>;
  /** in + out under the current filters. */
  totalFlowUsd: ReadonlyMap<string, number>;
}

/** Round-trip exposure and the system summary. */
export interface ViewExposure {
  exposure: ExposureReport;
  exposureById: ReadonlyMap<string, ExposureRow>;
  summary: Summary;
}

/** Round-trip share and dollars of one entity in a view. */
export interface EntityShare {
  roundTripShare: number;
  roundTripUsd: number;
}

/** The summary and every entity's round-trip share in one view. */
export interface ViewFigures {
  view: View;
  summary: Summary;
  shares: ReadonlyMap<string, EntityShare>;
}

/** What the panels read: exposure and summary are null while they are computed elsewhere. */
export interface ViewAnalysis extends ViewDrawing {
  exposure: ExposureReport | null;
  exposureById: ReadonlyMap<string, ExposureRow>;
  summary: Summary | null;
  /** The other view's summary and round-trip shares (from the worker; null until they arrive). */
  otherView: ViewFigures | null;
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
    view: filters.view,
    includeSuperseded: filters.includeSuperseded,
    asOf,
  };
}

/** The drawing part of the analysis: cheap enough for the main thread on any network. */
export function analyzeDrawing(
  fullDataset: Dataset,
  fullGraph: FinancingGraph,
  filters: Filters,
  asOf: string | null,
): ViewDrawing {
  const { dataset, graph } = scopeToSourceTiers(fullDataset, fullGraph, filters.sourceTiers);
  const inclusion = inclusionFor(filters, asOf);
  const flow = computeFlowMatrix(graph, inclusion);
  const counted = createDealFilter(dataset.deals, inclusion);
  const drawn = createDealFilter(dataset.deals, {
    ...inclusion,
    types: filters.types,
    backstopsCalled: false,
  });
  const drawnDeals = new Set<string>();
  const countedDeals = new Set<string>();
  const visibleEntities = new Set<string>();
  for (const deal of dataset.deals) {
    if (counted(deal)) countedDeals.add(deal.id);
    if (!drawn(deal)) continue;
    drawnDeals.add(deal.id);
    visibleEntities.add(deal.from);
    visibleEntities.add(deal.to);
  }
  // The other view's W is one more pass over the deals: loops carry both bottlenecks.
  const other = computeFlowMatrix(graph, {
    ...inclusion,
    view: filters.view === "committed" ? "announced" : "committed",
  });
  const viewFlows =
    filters.view === "committed"
      ? { announced: other, committed: flow }
      : { announced: flow, committed: other };
  const cycles = findCycles(flow, VIEW_CYCLE_OPTIONS, viewFlows.committed);
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
    viewFlows,
    drawnDeals,
    countedDeals,
    visibleEntities,
    cycles,
    cyclesByEntity,
    totalFlowUsd,
  };
}

/**
 * Exposure rows and summary of a flow matrix. With `maxRoundTrip: false` the rows leave the max
 * round-trip (one max-flow per entity: the slowest part on large networks) null, to be computed
 * for the entity the user opens.
 */
export function analyzeExposure(
  flow: FlowMatrix,
  cycles: CycleReport,
  { maxRoundTrip }: { maxRoundTrip: boolean },
): ViewExposure {
  // Round-trip shares feed both the exposure rows and Finn's index: solve them once.
  const shares = computeRoundTripShares(flow);
  const exposure: ExposureReport = maxRoundTrip
    ? computeExposure(flow, {}, shares)
    : computeExposure(flow, { maxRoundTrip: false }, shares);
  return {
    exposure,
    exposureById: new Map(exposure.entities.map((row) => [row.id, row])),
    summary: computeSummary(flow, cycles, shares),
  };
}

/** The summary and round-trip shares of a view from its flow matrix. */
export function viewFiguresOf(view: View, flow: FlowMatrix): ViewFigures {
  const shares = computeRoundTripShares(flow);
  const summary = computeSummary(flow, countCycles(flow, VIEW_CYCLE_OPTIONS), shares);
  const byId = new Map<string, EntityShare>();
  for (let x = 0; x < flow.n; x++) {
    const share = shares.share[x]!;
    byId.set(flow.ids[x]!, { roundTripShare: share, roundTripUsd: share * flow.outflowUsd[x]! });
  }
  return { view, summary, shares: byId };
}

/**
 * The summary and round-trip shares of a view from the dataset (the worker computes the view not
 * shown on large networks; on others the model reads the drawing's `viewFlows`, the same W).
 */
export function analyzeViewFigures(
  dataset: Dataset,
  filters: Filters,
  asOf: string | null,
): ViewFigures {
  const scoped = scopeDealsToSourceTiers(dataset, filters.sourceTiers);
  return viewFiguresOf(filters.view, computeDatasetFlowMatrix(scoped, inclusionFor(filters, asOf)));
}

/** The whole analysis at once, both views and max round-trips included (the tests). */
export function analyzeView(
  dataset: Dataset,
  graph: FinancingGraph,
  filters: Filters,
  asOf: string | null,
): ViewAnalysis & ViewExposure {
  const drawing = analyzeDrawing(dataset, graph, filters, asOf);
  const other: View = filters.view === "committed" ? "announced" : "committed";
  return {
    ...drawing,
    ...analyzeExposure(drawing.flow, drawing.cycles, { maxRoundTrip: true }),
    otherView: analyzeViewFigures(dataset, { ...filters, view: other }, asOf),
  };
}

/** Money out of and into an entity under the current filters (known before exposure is). */
export function entityFlowUsd(
  analysis: ViewDrawing,
  id: string,
): { outflowUsd: number; inflowUsd: number } {
  const x = analysis.flow.indexOf.get(id);
  if (x === undefined) return { outflowUsd: 0, inflowUsd: 0 };
  return { outflowUsd: analysis.flow.outflowUsd[x]!, inflowUsd: analysis.flow.inflowUsd[x]! };
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
