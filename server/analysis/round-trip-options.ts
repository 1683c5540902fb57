// How round-trip shares are solved: exact elimination of each strongly connected component while
// it has at most `denseLimit` members and its filled factors at most `fillLimit` entries,
// Gauss–Seidel otherwise, bounded by `maxIterations`; the whole exposure step by `exposureBudgetMs`.

import { InvalidOptionError } from "./errors.js";

export interface RoundTripOptions {
  /** Largest component solved by exact elimination (the name predates sparse storage). */
  denseLimit: number;
  /**
   * Most entries the filled factors of one component may hold, and, for components beyond dense
   * storage (GTH_DENSE_STORAGE_LIMIT members), the most multiply-adds their elimination may take.
   */
  fillLimit: number;
  /**
   * Iterative solve stops once r(x) is proven within this relative error: Gauss–Seidel from below
   * and from above bracket it, and the lower value is reported.
   */
  tolerance: number;
  /** Hard cap on Gauss–Seidel sweeps; a capped result is reported as not converged. */
  maxIterations: number;
  /**
   * Wall-clock budget of the exposure step (round-trip shares, then the max round-trips), checked
   * between solves: past it, TimeBudgetError (≥ 0, or Infinity for none).
   */
  exposureBudgetMs: number;
}

export const ROUND_TRIP_DEFAULTS: Readonly<RoundTripOptions> = Object.freeze({
  denseLimit: Number.POSITIVE_INFINITY,
  fillLimit: 10_000_000,
  tolerance: 1e-14,
  maxIterations: 20_000,
  exposureBudgetMs: Number.POSITIVE_INFINITY,
});

/** Merge with ROUND_TRIP_DEFAULTS and check domains. */
export function resolveRoundTripOptions(
  functionName: string,
  options: Partial<RoundTripOptions> = {},
): RoundTripOptions {
  const merged = { ...ROUND_TRIP_DEFAULTS, ...options };
  for (const name of ["denseLimit", "fillLimit"] as const) {
    const value = merged[name];
    if (!((Number.isInteger(value) || value === Number.POSITIVE_INFINITY) && value >= 0)) {
      throw new InvalidOptionError(
        `${functionName}: expected ${name} an integer ≥ 0 or Infinity, received ${String(value)}`,
      );
    }
  }
  if (!(merged.tolerance > 0 && merged.tolerance < 1)) {
    throw new InvalidOptionError(
      `${functionName}: expected 0 < tolerance < 1, received ${String(merged.tolerance)}`,
    );
  }
  if (!(Number.isInteger(merged.maxIterations) && merged.maxIterations >= 1)) {
    throw new InvalidOptionError(
      `${functionName}: expected maxIterations an integer ≥ 1, received ${String(merged.maxIterations)}`,
    );
  }
  const budget = merged.exposureBudgetMs;
  if (typeof budget !== "number" || Number.isNaN(budget) || budget < 0) {
    throw new InvalidOptionError(
      `${functionName}: expected exposureBudgetMs ≥ 0, received ${String(budget)}`,
    );
  }
  return merged;
}
