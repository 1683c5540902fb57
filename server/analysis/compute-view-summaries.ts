// The system summary in both views at once (SPEC §2.1, §4): what was announced beside what is
// committed, under the same other options — the two columns of `roundtrip summary`.

import { computeSummary, type SystemSummary } from "./compute-summary.js";
import { countCycles } from "./count-cycles.js";
import type { CycleOptions } from "./cycle-options.js";
import { computeDatasetFlowMatrix } from "./flow-matrix.js";
import { type InclusionOptions, VIEWS, type View } from "./inclusion.js";
import type { RoundTripOptions } from "./round-trip-options.js";
import { computeRoundTripShares } from "./round-trip-shares.js";
import type { Dataset } from "./types.js";

export type ViewSummaries = Readonly<Record<View, SystemSummary>>;

/** The summary of a validated dataset in each view; `view` in the options is ignored. */
export function computeViewSummaries(
  dataset: Dataset,
  options: Partial<InclusionOptions & CycleOptions & RoundTripOptions> = {},
): ViewSummaries {
  const { maxLength, maxCycles, timeBudgetMs, onProgress } = options;
  const { denseLimit, fillLimit, tolerance, maxIterations } = options;
  const bounds = { maxLength, maxCycles, timeBudgetMs, onProgress };
  const roundTrip = { denseLimit, fillLimit, tolerance, maxIterations };
  const defined = <T extends object>(record: T) =>
    Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Partial<T>;
  const summaryIn = (view: View) => {
    const flow = computeDatasetFlowMatrix(dataset, { ...options, view });
    const count = countCycles(flow, defined(bounds));
    return computeSummary(flow, count, computeRoundTripShares(flow, defined(roundTrip)));
  };
  const [announced, committed] = VIEWS.map(summaryIn) as [SystemSummary, SystemSummary];
  return { announced, committed };
}
