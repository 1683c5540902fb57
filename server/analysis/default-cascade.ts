// The default cascade (SPEC §6): x's loss is L(x) = s_x·C(x) + (1 − recovery)·Σ_{y defaulted} A[x][y]
// and x defaults once L(x) ≥ C(x). Round 0: every entity with s = 1; round k: those that default
// given the defaults up to round k − 1. An entity without capital defaults only when s = 1.
// Sparse: each default is pushed once to the entities exposed to it.
// Reference: C. H. Furfine, "Interbank exposures: quantifying the risk of contagion", Journal of
// Money, Credit and Banking 35(1), 2003.

import type { Propagation, PropagationSystem } from "./linear-debt-rank.js";

export function defaultCascade(
  system: PropagationSystem,
  shock: Float64Array,
  options: { recovery: number; history?: Float64Array[]; historyRounds?: number },
): Propagation {
  const { n, offsets, columns, amountUsd, capitalUsd } = system;
  // Transpose: for each y, the creditors x with A[x][y] > 0 (and the position of that amount).
  const inOffsets = new Int32Array(n + 1);
  for (let e = 0; e < columns.length; e++) inOffsets[columns[e]! + 1]!++;
  for (let y = 0; y < n; y++) inOffsets[y + 1]! += inOffsets[y]!;
  const cursor = inOffsets.slice(0, n);
  const creditor = new Int32Array(columns.length);
  const position = new Int32Array(columns.length);
  for (let x = 0; x < n; x++) {
    for (let e = offsets[x]!; e < offsets[x + 1]!; e++) {
      const slot = cursor[columns[e]!]!++;
      creditor[slot] = x;
      position[slot] = e;
    }
  }
  const lossGivenDefault = 1 - options.recovery;
  // Σ of A[x][y] over the defaulted y, kept apart so that L is computed as the SPEC writes it.
  const exposedUsd = new Float64Array(n);
  const defaultRound = new Int32Array(n).fill(-1);
  const lossOf = (x: number) => shock[x]! * capitalUsd[x]! + lossGivenDefault * exposedUsd[x]!;
  let fresh: number[] = [];
  for (let x = 0; x < n; x++) {
    if (shock[x] === 1) {
      defaultRound[x] = 0;
      fresh.push(x);
    }
  }
  const snapshot = () => {
    const relativeLoss = new Float64Array(n);
    for (let x = 0; x < n; x++) {
      const capital = capitalUsd[x]!;
      // min(1, L/C) written as s + (1 − recovery)·Σ/C: exactly s when nothing defaulted around x.
      relativeLoss[x] =
        capital > 0
          ? Math.min(1, shock[x]! + (lossGivenDefault * exposedUsd[x]!) / capital)
          : shock[x]!;
    }
    return relativeLoss;
  };
  // history[0]: the shocks alone; history[k]: the losses given the defaults of rounds 0 … k − 1.
  const keep = () => {
    if (options.history && options.history.length <= (options.historyRounds ?? 0)) {
      options.history.push(snapshot());
    }
  };
  keep();
  let rounds = 0;
  for (let round = 1; fresh.length > 0; round++) {
    const touched: number[] = [];
    for (const y of fresh) {
      for (let slot = inOffsets[y]!; slot < inOffsets[y + 1]!; slot++) {
        const x = creditor[slot]!;
        exposedUsd[x]! += amountUsd[position[slot]!]!;
        if (defaultRound[x] === -1) touched.push(x);
      }
    }
    const next: number[] = [];
    for (const x of touched) {
      if (defaultRound[x] !== -1 || !(capitalUsd[x]! > 0)) continue;
      if (lossOf(x) >= capitalUsd[x]!) {
        defaultRound[x] = round;
        next.push(x);
      }
    }
    keep();
    if (next.length > 0) rounds = round;
    fresh = next;
  }
  const relativeLoss = snapshot();
  return { relativeLoss, defaultRound, rounds, converged: true };
}
