// Linear DebtRank (SPEC §6): relative equity losses h(0) = s, then, all entities together,
// h_x(t) = min(1, s_x + Σ_y (A[x][y] / C(x)) · h_y(t−1)) until no h changes by `tolerance`;
// an entity without capital keeps h = s. Sparse: each round is one pass over the exposure rows.
// Reference: M. Bardoscia, S. Battiston, F. Caccioli, G. Caldarelli, "DebtRank: a microscopic
// foundation for shock propagation", PLoS ONE 10(6), 2015.

import type { ExposureSystem } from "./exposure-system.js";

/** The part of an exposure system the propagation reads. */
export type PropagationSystem = Pick<
  ExposureSystem,
  "n" | "offsets" | "columns" | "amountUsd" | "capitalUsd"
>;

export interface Propagation {
  /** h_x at the last round computed (debtrank) or min(1, L/C) (cascade). */
  readonly relativeLoss: Float64Array;
  /** The first round at which x was defaulted; -1 if never. */
  readonly defaultRound: Int32Array;
  readonly rounds: number;
  readonly converged: boolean;
}

/** A relative loss this close to 1 is a default (SPEC §6). */
export const DEFAULT_TOLERANCE = 1e-12;

export function linearDebtRank(
  system: PropagationSystem,
  shock: Float64Array,
  options: {
    tolerance: number;
    maxRounds: number;
    history?: Float64Array[];
    historyRounds?: number;
  },
): Propagation {
  const { n, offsets, columns, amountUsd, capitalUsd } = system;
  let previous = Float64Array.from(shock);
  let next = new Float64Array(n);
  const defaultRound = new Int32Array(n).fill(-1);
  for (let x = 0; x < n; x++) if (shock[x]! >= 1 - DEFAULT_TOLERANCE) defaultRound[x] = 0;
  let rounds = 0;
  let converged = false;
  const keep = (h: Float64Array) => {
    if (options.history && options.history.length <= (options.historyRounds ?? 0)) {
      options.history.push(Float64Array.from(h));
    }
  };
  keep(previous);
  while (rounds < options.maxRounds) {
    rounds++;
    let largestChange = 0;
    for (let x = 0; x < n; x++) {
      let h = shock[x]!;
      const capital = capitalUsd[x]!;
      if (capital > 0) {
        // Σ A·h / C rather than Σ (A/C)·h: a tiny capital gives A/C = ∞ and ∞ · 0 = NaN.
        let exposedUsd = 0;
        for (let e = offsets[x]!; e < offsets[x + 1]!; e++) {
          exposedUsd += amountUsd[e]! * previous[columns[e]!]!;
        }
        h += exposedUsd / capital;
        if (h > 1) h = 1;
      }
      next[x] = h;
      const change = Math.abs(h - previous[x]!);
      if (change > largestChange) largestChange = change;
      if (defaultRound[x] === -1 && h >= 1 - DEFAULT_TOLERANCE) defaultRound[x] = rounds;
    }
    [previous, next] = [next, previous];
    keep(previous);
    if (largestChange < options.tolerance) {
      converged = true;
      break;
    }
  }
  return { relativeLoss: previous, defaultRound, rounds, converged };
}
