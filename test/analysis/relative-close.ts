// Floating-point agreement for engine results against exact or brute-force oracles.

/** Whether `actual` is within `tolerance` of `expected` relative to the larger magnitude. */
export function relativeClose(actual: number, expected: number, tolerance = 1e-9): boolean {
  return (
    Math.abs(actual - expected) <=
      tolerance * Math.max(Math.abs(expected), Math.abs(actual), 1e-300) ||
    Math.abs(actual - expected) < 1e-300
  );
}
