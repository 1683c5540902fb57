// How round-trip shares are solved: exact dense elimination up to `denseLimit` members per strongly
// connected component, Gauss–Seidel beyond it, bounded by `maxIterations`.

import { InvalidOptionError } from "./errors.js";

export interface RoundTripOptions {
  /** Largest component solved by exact dense elimination (memory ~ 16·size² bytes). */
  denseLimit: number;
  /** Iterative solve stops when the estimated relative error falls below this. */
  tolerance: number;
  /** Hard cap on Gauss–Seidel sweeps; a capped result is reported as not converged. */
  maxIterations: number;
}

export const ROUND_TRIP_DEFAULTS: Readonly<RoundTripOptions> = Object.freeze({
  denseLimit: 2_500,
  tolerance: 1e-14,
  maxIterations: 20_000,
});

/** Merge with ROUND_TRIP_DEFAULTS and check domains. */
export function resolveRoundTripOptions(
  functionName: string,
  options: Partial<RoundTripOptions> = {},
): RoundTripOptions {
  const merged = { ...ROUND_TRIP_DEFAULTS, ...options };
  if (!(Number.isInteger(merged.denseLimit) && merged.denseLimit >= 0)) {
    throw new InvalidOptionError(
      `${functionName}: expected denseLimit an integer ≥ 0, received ${String(merged.denseLimit)}`,
    );
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
  return merged;
}
