// Bounds for cycle enumeration (SPEC §3): frozen defaults, validation, and the truncation record
// every member of the cycle family returns.

import { InvalidOptionError } from "./errors.js";

export interface CycleOptions {
  /** Longest cycle kept, in hops (= entities); an integer ≥ 2, or Infinity for no bound. */
  maxLength: number;
  /** Stop after this many cycles (a non-negative integer, or Infinity). */
  maxCycles: number;
  /** Stop after this many milliseconds of wall-clock time (≥ 0, or Infinity). */
  timeBudgetMs: number;
  /** Called now and then during a long enumeration with the number of cycles found so far. */
  onProgress?: ((found: number) => void) | undefined;
}

export const CYCLE_DEFAULTS: Readonly<CycleOptions> = Object.freeze({
  maxLength: 8,
  maxCycles: 10_000,
  timeBudgetMs: Number.POSITIVE_INFINITY,
});

/** Why an enumeration ended early; null when it ran to completion. */
export type CycleTruncationReason = "maxCycles" | "timeBudget" | "stopped";

export interface CycleTruncation {
  readonly truncated: boolean;
  readonly truncatedReason: CycleTruncationReason | null;
}

const isIntegerOrInfinity = (value: number) =>
  Number.isInteger(value) || value === Number.POSITIVE_INFINITY;

/** Merge options with CYCLE_DEFAULTS and check their domains. */
export function resolveCycleOptions(
  functionName: string,
  options: Partial<CycleOptions> = {},
): CycleOptions {
  const merged: CycleOptions = { ...CYCLE_DEFAULTS, ...options };
  const { maxLength, maxCycles, timeBudgetMs } = merged;
  if (typeof maxLength !== "number" || !isIntegerOrInfinity(maxLength) || maxLength < 2) {
    throw new InvalidOptionError(
      `${functionName}: expected maxLength an integer ≥ 2 or Infinity, received ${String(maxLength)}`,
    );
  }
  if (typeof maxCycles !== "number" || !isIntegerOrInfinity(maxCycles) || maxCycles < 0) {
    throw new InvalidOptionError(
      `${functionName}: expected maxCycles an integer ≥ 0 or Infinity, received ${String(maxCycles)}`,
    );
  }
  if (typeof timeBudgetMs !== "number" || Number.isNaN(timeBudgetMs) || timeBudgetMs < 0) {
    throw new InvalidOptionError(
      `${functionName}: expected timeBudgetMs ≥ 0, received ${String(timeBudgetMs)}`,
    );
  }
  if (merged.onProgress !== undefined && typeof merged.onProgress !== "function") {
    throw new InvalidOptionError(
      `${functionName}: expected onProgress a function, received ${typeof merged.onProgress}`,
    );
  }
  return merged;
}
