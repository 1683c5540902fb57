// A propagation system (capital and sparse exposure rows) from dense rows, for hand-solved tests.

import type { PropagationSystem } from "../../server/analysis/linear-debt-rank.js";

/** A system from dense rows A[x][y] and capitals. */
export function systemOf(A: number[][], capitalUsd: number[]): PropagationSystem {
  const offsets = new Int32Array(A.length + 1);
  const columns: number[] = [];
  const amounts: number[] = [];
  A.forEach((row, x) => {
    row.forEach((amount, y) => {
      if (amount > 0) {
        columns.push(y);
        amounts.push(amount);
      }
    });
    offsets[x + 1] = columns.length;
  });
  return {
    n: A.length,
    offsets,
    columns: Int32Array.from(columns),
    amountUsd: Float64Array.from(amounts),
    capitalUsd: Float64Array.from(capitalUsd),
  };
}
