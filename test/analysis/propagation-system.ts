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

/** Dense exposures A[x][y] (what x stands to lose if y fails) and capitals, solved by hand. */
export interface DenseSystem {
  A: number[][];
  capitalUsd: number[];
}

/** a → b → c: a holds 60 on b, b holds 100 on c; capital 100 each. */
export const CHAIN: DenseSystem = {
  A: [
    [0, 60, 0],
    [0, 0, 100],
    [0, 0, 0],
  ],
  capitalUsd: [100, 100, 100],
};

/** a holds 50 on b and nothing else; capitals 100 and 200. */
export const ONE_EXPOSURE: DenseSystem = {
  A: [
    [0, 50],
    [0, 0],
  ],
  capitalUsd: [100, 200],
};

/** a holds 50 on b, b holds 100 on a; capitals 100 and 200. */
export const TWO_CYCLE: DenseSystem = {
  A: [
    [0, 50],
    [100, 0],
  ],
  capitalUsd: [100, 200],
};
