// System-wide figures (SPEC §4): gross flow, compressible excess (D'Errico & Roukny), Finn's cycling
// index, cycle count, largest strongly connected component.
// Reference: M. D'Errico, T. Roukny, "Compressing over-the-counter markets", arXiv:1705.07155, 2017;
// B. Finn, J. Theoretical Biology 56, 1976.

import { stronglyConnectedComponents } from "./components.js";
import type { CycleCount } from "./count-cycles.js";
import type { CycleReport } from "./find-cycles.js";
import type { FlowMatrix } from "./flow-matrix.js";
import { computeRoundTripShares, type RoundTripShares } from "./round-trip-shares.js";

export interface SystemSummary {
  readonly entityCount: number;
  /** Included deals that enter W (self-loops excluded). */
  readonly includedDealCount: number;
  /** Pairs (i, j) with at least one included deal. */
  readonly pairCount: number;
  /** Σ W. */
  readonly grossUsd: number;
  /** Σ_i |out(i) − in(i)| / 2: what must move even after netting every loop away. */
  readonly netUsd: number;
  /** gross − net: the part of gross flow that loops could cancel. */
  readonly compressibleExcessUsd: number;
  /** compressibleExcessUsd / grossUsd (0 when gross is 0). */
  readonly compressibleShare: number;
  /** Σ r_F(i)·T(i) / Σ T(i), T = max(in, out). */
  readonly finnCyclingIndex: number;
  readonly cycleCount: number;
  readonly cyclesTruncated: boolean;
  /** Members of the largest strongly connected component of the included pairs. */
  readonly largestComponentSize: number;
  /** Entities with a positive round-trip share. */
  readonly cyclingEntityCount: number;
}

/** Summarise a flow matrix and its cycle report (or count); pass `shares` when already computed. */
export function computeSummary(
  flow: FlowMatrix,
  cycleReport: CycleReport | CycleCount,
  shares: RoundTripShares = computeRoundTripShares(flow),
): SystemSummary {
  const { n, outflowUsd, inflowUsd, weights, deals } = flow;
  let grossUsd = 0;
  let includedDealCount = 0;
  for (let e = 0; e < weights.length; e++) {
    grossUsd += weights[e]!;
    includedDealCount += deals[e]!.length;
  }
  let imbalance = 0;
  let cycled = 0;
  let throughput = 0;
  let cyclingEntityCount = 0;
  for (let i = 0; i < n; i++) {
    const out = outflowUsd[i]!;
    const inflow = inflowUsd[i]!;
    const t = Math.max(out, inflow);
    imbalance += Math.abs(out - inflow);
    throughput += t;
    cycled += shares.returnProbability[i]! * t;
    if (shares.share[i]! > 0) cyclingEntityCount++;
  }
  const netUsd = imbalance / 2;
  const compressibleExcessUsd = Math.max(0, grossUsd - netUsd);
  const { sizes } = stronglyConnectedComponents(flow);
  let largestComponentSize = 0;
  for (const size of sizes) largestComponentSize = Math.max(largestComponentSize, size);
  return {
    entityCount: n,
    includedDealCount,
    pairCount: weights.length,
    grossUsd,
    netUsd,
    compressibleExcessUsd,
    compressibleShare: grossUsd > 0 ? compressibleExcessUsd / grossUsd : 0,
    finnCyclingIndex: throughput > 0 ? Math.min(1, cycled / throughput) : 0,
    cycleCount: "count" in cycleReport ? cycleReport.count : cycleReport.cycles.length,
    cyclesTruncated: cycleReport.truncated,
    largestComponentSize,
    cyclingEntityCount,
  };
}
