// The trend line (SPEC §7): the summary figures of both views at each period end, from the period
// of the earliest dated deal to the latest, each computed with asOf = that day; optionally one
// entity's round-trip series beside them.

import { compareIds } from "./compare-ids.js";
import { computeSummary } from "./compute-summary.js";
import { type CycleCount, countCycles } from "./count-cycles.js";
import { CYCLE_DEFAULTS, type CycleOptions, resolveCycleOptions } from "./cycle-options.js";
import { InvalidOptionError, UnknownEntityError } from "./errors.js";
import type { FlowMatrix } from "./flow-matrix.js";
import { createHistoryFlows } from "./history-flows.js";
import {
  INCLUSION_DEFAULTS,
  type InclusionOptions,
  normalizeDate,
  resolveInclusion,
  VIEWS,
  type View,
} from "./inclusion.js";
import { HISTORY_STEPS, type HistoryStep, periodEnds } from "./period-ends.js";
import {
  ROUND_TRIP_DEFAULTS,
  type RoundTripOptions,
  resolveRoundTripOptions,
} from "./round-trip-options.js";
import { computeRoundTripShares } from "./round-trip-shares.js";
import type { Dataset } from "./types.js";

export interface HistoryOptions
  extends Omit<InclusionOptions, "view" | "asOf">,
    Omit<CycleOptions, "onProgress">,
    RoundTripOptions {
  step: HistoryStep;
  /** Add this entity's round-trip share, round-trip dollars and inflow to each view; null for none. */
  entity: string | null;
  /** Most points computed; a longer history keeps its latest points and says `truncated`. */
  maxPoints: number;
}

export const HISTORY_DEFAULTS: Readonly<HistoryOptions> = Object.freeze({
  ...(({ view: _view, asOf: _asOf, ...rest }) => rest)(INCLUSION_DEFAULTS),
  ...(({ onProgress: _onProgress, ...rest }) => rest)(CYCLE_DEFAULTS),
  ...ROUND_TRIP_DEFAULTS,
  step: "quarter",
  entity: null,
  maxPoints: 1000,
});

/** The summary's figures in one view at one date (SPEC §7), plus the entity's when asked. */
export interface HistoryFigures {
  readonly grossUsd: number;
  readonly compressibleExcessUsd: number;
  readonly finnCyclingIndex: number;
  readonly cycleCount: number;
  readonly includedDealCount: number;
  readonly roundTripShare?: number;
  readonly roundTripUsd?: number;
  readonly inflowUsd?: number;
}

export interface HistoryPoint {
  /** The period end, YYYY-MM-DD: the figures count the deals dated on or before it. */
  readonly asOf: string;
  readonly announced: HistoryFigures;
  readonly committed: HistoryFigures;
}

export interface History {
  readonly step: HistoryStep;
  readonly entity: string | null;
  readonly points: readonly HistoryPoint[];
  /** A bound cut the history (maxPoints) or a point's cycle count (maxCycles, timeBudget). */
  readonly truncated: boolean;
  readonly truncatedReason: "maxPoints" | "maxCycles" | "timeBudget" | "stopped" | null;
}

/** The history of a validated dataset; an empty list of points when no deal has a valid date. */
export function computeHistory(dataset: Dataset, options: Partial<HistoryOptions> = {}): History {
  const merged: HistoryOptions = { ...HISTORY_DEFAULTS, ...options };
  const { step, entity, maxPoints } = merged;
  if (!(HISTORY_STEPS as readonly string[]).includes(step)) {
    throw new InvalidOptionError(
      `computeHistory: expected step one of ${HISTORY_STEPS.join(", ")}, received ${JSON.stringify(step)}`,
    );
  }
  if (!(Number.isInteger(maxPoints) && maxPoints >= 1)) {
    throw new InvalidOptionError(
      `computeHistory: expected maxPoints an integer ≥ 1, received ${String(maxPoints)}`,
    );
  }
  if (entity !== null && !dataset.entities.some((e) => e.id === entity)) {
    throw new UnknownEntityError("computeHistory", entity);
  }
  const cycleOptions = resolveCycleOptions("computeHistory", {
    maxLength: merged.maxLength,
    maxCycles: merged.maxCycles,
    timeBudgetMs: merged.timeBudgetMs,
  });
  const roundTrip = resolveRoundTripOptions("computeHistory", merged);
  // Checked once here; every point reuses the same inclusion with its own asOf and view.
  const { step: _s, entity: _e, maxPoints: _m, ...inclusionOnly } = merged;
  const base = resolveInclusion(inclusionOnly);

  const dates: string[] = [];
  for (const deal of dataset.deals) {
    const date = normalizeDate(deal.date);
    if (date !== null) dates.push(date);
  }
  if (dates.length === 0) {
    return { step, entity, points: [], truncated: false, truncatedReason: null };
  }
  dates.sort(compareIds);
  let ends = periodEnds(dates[0]!, dates[dates.length - 1]!, step);
  let truncatedReason: History["truncatedReason"] = null;
  if (ends.length > maxPoints) {
    ends = ends.slice(ends.length - maxPoints);
    truncatedReason = "maxPoints";
  }

  // NOTE: W per point from one pass over the deals (no multigraph, no re-sorting per point); a
  // point that counts the same deals as the one before in its view reuses that point's figures,
  // and one with the same pairs reuses its loop count (loops depend on the pairs only).
  const flows = createHistoryFlows(dataset, base);
  const last: Partial<
    Record<View, { flow: FlowMatrix; count: CycleCount; figures: HistoryFigures }>
  > = {};
  const figuresAt = (asOf: string, view: View): HistoryFigures => {
    const flow = flows(asOf, view);
    const previous = last[view];
    if (previous?.flow === flow) return previous.figures;
    const count =
      previous !== undefined && samePairs(previous.flow, flow)
        ? previous.count
        : countCycles(flow, cycleOptions);
    if (count.truncated && truncatedReason === null) truncatedReason = count.truncatedReason;
    const shares = computeRoundTripShares(flow, roundTrip);
    const summary = computeSummary(flow, count, shares);
    const figures: HistoryFigures = {
      grossUsd: summary.grossUsd,
      compressibleExcessUsd: summary.compressibleExcessUsd,
      finnCyclingIndex: summary.finnCyclingIndex,
      cycleCount: summary.cycleCount,
      includedDealCount: summary.includedDealCount,
    };
    const x = entity === null ? -1 : flow.indexOf.get(entity)!;
    const result =
      x < 0
        ? figures
        : {
            ...figures,
            roundTripShare: shares.share[x]!,
            roundTripUsd: shares.share[x]! * flow.outflowUsd[x]!,
            inflowUsd: flow.inflowUsd[x]!,
          };
    last[view] = { flow, count, figures: result };
    return result;
  };

  const points = ends.map((asOf): HistoryPoint => {
    const [announced, committed] = VIEWS.map((view) => figuresAt(asOf, view)) as [
      HistoryFigures,
      HistoryFigures,
    ];
    return { asOf, announced, committed };
  });
  return { step, entity, points, truncated: truncatedReason !== null, truncatedReason };
}

/** Whether two matrices over the same entities have the same pairs (edges). */
function samePairs(a: FlowMatrix, b: FlowMatrix): boolean {
  if (a.targets.length !== b.targets.length) return false;
  for (let i = 0; i <= a.n; i++) if (a.offsets[i] !== b.offsets[i]) return false;
  for (let e = 0; e < a.targets.length; e++) if (a.targets[e] !== b.targets[e]) return false;
  return true;
}
