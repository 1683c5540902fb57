// Gaussian elimination of I − P for one component's pass-through system, with Grassmann–Taksar–
// Heyman pivots (leak + Σ |off-diagonal|: nothing is ever subtracted, so tiny return probabilities
// keep full relative accuracy and a singular system gives a last pivot of exactly 0) and pivots
// chosen in Markowitz order to limit fill on sparse deal networks.
// Reference: W. Grassmann, M. Taksar, D. Heyman, Operations Research 33(5), 1985;
// H. M. Markowitz, "The elimination form of the inverse", Management Science 3(3), 1957.

import type { ComponentSystem } from "./component-system.js";

export interface GthFactors {
  readonly s: number;
  /** Row-major s×s: U above (unscaled), L multipliers below, in local indices. */
  readonly a: Float64Array;
  /** elimination[q]: the local state eliminated at step q. */
  readonly elimination: Int32Array;
  /** pivot[q] = d at step q; the last is 0 exactly when I − P is singular. */
  readonly pivot: Float64Array;
  /** rowsOf[q] = {j later : U[k][j] ≠ 0}, colsOf[q] = {i later : L[i][k] ≠ 0}, k = elimination[q]. */
  readonly rowsOf: readonly Int32Array[];
  readonly colsOf: readonly Int32Array[];
}

/** Factor I − P; `last`, when given, is forced to be eliminated last. */
export function gthFactor(system: ComponentSystem, last = -1): GthFactors {
  const { s, offsets, cols, weights, throughput } = system;
  // a = −P (row-major s×s, local indices); the diagonal is never read (GTH pivots).
  const a = new Float64Array(s * s);
  const rowCount = new Int32Array(s);
  const colCount = new Int32Array(s);
  for (let u = 0; u < s; u++) {
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      a[u * s + cols[e]!] = -weights[e]! / throughput[u]!;
      rowCount[u]!++;
      colCount[cols[e]!]!++;
    }
  }
  const leak = Float64Array.from(system.leak);

  // Factor with GTH pivots d = leak + Σ |off-diagonal|, choosing each pivot by the Markowitz count
  // (row count × column count, ties by index) to limit fill. Off-diagonal entries of I − P only
  // grow in magnitude (no cancellation), so value ≠ 0 is exactly the filled structure:
  // rowsOf[q] = {j later : U[k][j] ≠ 0}, colsOf[q] = {i later : L[i][k] ≠ 0}, k = elimination[q].
  const remaining = new Uint8Array(s).fill(1);
  const elimination = new Int32Array(s);
  const pivot = new Float64Array(s);
  const rowsOf: Int32Array[] = [];
  const colsOf: Int32Array[] = [];
  const members = new Int32Array(s);
  const values = new Float64Array(s);
  const below = new Int32Array(s);
  for (let q = 0; q < s; q++) {
    let k = q === s - 1 && last >= 0 ? last : -1;
    let best = k >= 0 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    for (let v = 0; v < s; v++) {
      if (remaining[v] === 0 || v === last) continue;
      const cost = rowCount[v]! * colCount[v]!;
      if (cost < best) {
        best = cost;
        k = v;
      }
    }
    remaining[k] = 0;
    elimination[q] = k;
    const rowK = k * s;
    let count = 0;
    let d = leak[k]!;
    for (let j = 0; j < s; j++) {
      const v = a[rowK + j]!;
      if (v === 0 || remaining[j] === 0) continue;
      members[count] = j;
      values[count++] = v;
      d -= v;
      colCount[j]!--;
    }
    pivot[q] = d;
    rowsOf.push(members.slice(0, count));
    let belowCount = 0;
    const leakK = leak[k]!;
    for (let i = 0; i < s; i++) {
      const rowI = i * s;
      const aik = a[rowI + k]!;
      if (aik === 0 || remaining[i] === 0) continue;
      below[belowCount++] = i;
      rowCount[i]!--;
      if (!(d > 0)) continue;
      const l = aik / d;
      a[rowI + k] = l;
      leak[i] = leak[i]! - l * leakK;
      for (let t = 0; t < count; t++) {
        const j = members[t]!;
        if (j === i) continue;
        const old = a[rowI + j]!;
        if (old === 0) {
          rowCount[i]!++;
          colCount[j]!++;
        }
        a[rowI + j] = old - l * values[t]!;
      }
    }
    colsOf.push(below.slice(0, belowCount));
  }

  return { s, a, elimination, pivot, rowsOf, colsOf };
}

/**
 * After `gthFactor(system, x)`: h[j], the probability that a dollar at j reaches x (h[x] = 1),
 * by back substitution with U on the filled structure.
 */
export function gthHittingLast(factors: GthFactors): Float64Array {
  const { s, a, elimination, pivot, rowsOf } = factors;
  const h = new Float64Array(s);
  if (s === 0) return h;
  h[elimination[s - 1]!] = 1;
  for (let q = s - 2; q >= 0; q--) {
    const k = elimination[q]!;
    const R = rowsOf[q]!;
    let sum = 0;
    for (let t = 0; t < R.length; t++) sum -= a[k * s + R[t]!]! * h[R[t]!]!;
    h[k] = pivot[q]! > 0 ? sum / pivot[q]! : 0;
  }
  return h;
}
