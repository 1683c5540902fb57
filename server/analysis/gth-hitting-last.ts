// Hitting probabilities of the state eliminated last, by back substitution on the GTH factors of
// a component's pass-through system (gth-factor.ts): no subtraction, so tiny values stay exact.
// Reference: W. Grassmann, M. Taksar, D. Heyman, Operations Research 33(5), 1985.

import type { GthFactors } from "./gth-factor.js";

/**
 * After `gthFactor(system, x)`: h[j], the probability that a dollar at j reaches x (h[x] = 1),
 * by back substitution with U on the filled structure.
 */
export function gthHittingLast(factors: GthFactors): Float64Array {
  const { s, elimination, pivot, rowsOf, upper } = factors;
  const h = new Float64Array(s);
  if (s === 0) return h;
  h[elimination[s - 1]!] = 1;
  for (let q = s - 2; q >= 0; q--) {
    const k = elimination[q]!;
    const R = rowsOf[q]!;
    const U = upper[q]!;
    let sum = 0;
    for (let t = 0; t < R.length; t++) sum -= U[t]! * h[R[t]!]!;
    h[k] = pivot[q]! > 0 ? sum / pivot[q]! : 0;
  }
  return h;
}
