// Every member's return flow of one component at once, from selected entries of (I − P)⁻¹:
// a sparse-aware elimination (Markowitz pivot order, GTH pivots), then the Takahashi
// recurrences, which compute the inverse only on the transposed filled structure — which covers
// N[j][x] for every edge x → j. No step subtracts: all terms are ≥ 0.
// Reference: K. Takahashi, J. Fagan, M.-S. Chen, "Formation of a sparse bus impedance matrix and
// its application to short circuit study", PICA 1973; Grassmann–Taksar–Heyman, Oper. Res. 33, 1985.

import type { ComponentSystem } from "./component-system.js";
import { gthFactor } from "./gth-factor.js";

/**
 * For each local state x: Σ_{x→j} W[x][j]·h_x(j), h_x(j) = N[j][x] / N[x][x] the probability that a
 * dollar at j reaches x. N is scaled by the last pivot so a singular system stays finite.
 */
export function selectedReturnFlows(system: ComponentSystem): Float64Array {
  const { s, offsets, cols, weights } = system;
  const { a, elimination, pivot, rowsOf, colsOf } = gthFactor(system);

  // Takahashi on the transposed filled structure, in reverse elimination order, scaled by the
  // last pivot p: Ẑ = p·N with 1/d_k → p/d_k (k not last) and 1 (k last). z is row-major and
  // zt its transpose, so every inner product runs along one row.
  const p = Math.max(0, pivot[s - 1]!);
  const z = new Float64Array(s * s);
  const zt = new Float64Array(s * s);
  const upperRow = new Float64Array(s);
  const lowerColumn = new Float64Array(s);
  for (let q = s - 1; q >= 0; q--) {
    const k = elimination[q]!;
    const R = rowsOf[q]!;
    const C = colsOf[q]!;
    const rowK = k * s;
    const d = pivot[q]!;
    for (let t = 0; t < R.length; t++) upperRow[t] = d > 0 ? a[rowK + R[t]!]! / d : 0;
    for (let t = 0; t < C.length; t++) lowerColumn[t] = a[C[t]! * s + k]!;
    // Z[j][k] = −Σ_{i∈C} Z[j][i]·L[i][k] for j ∈ R.
    for (let u = 0; u < R.length; u++) {
      const j = R[u]!;
      const rowJ = j * s;
      let sum = 0;
      for (let t = 0; t < C.length; t++) sum -= z[rowJ + C[t]!]! * lowerColumn[t]!;
      z[rowJ + k] = sum;
      zt[rowK + j] = sum;
    }
    // Z[k][j] = −Σ_{i∈R} U[k][i]·Z[i][j] for j ∈ C.
    for (let u = 0; u < C.length; u++) {
      const j = C[u]!;
      const rowJ = j * s;
      let sum = 0;
      for (let t = 0; t < R.length; t++) sum -= upperRow[t]! * zt[rowJ + R[t]!]!;
      z[rowK + j] = sum;
      zt[rowJ + k] = sum;
    }
    let diagonal = q === s - 1 ? 1 : d > 0 ? p / d : 0;
    for (let t = 0; t < R.length; t++) diagonal -= upperRow[t]! * zt[rowK + R[t]!]!;
    z[rowK + k] = diagonal;
    zt[rowK + k] = diagonal;
  }

  const result = new Float64Array(s);
  for (let x = 0; x < s; x++) {
    const zxx = z[x * s + x]!;
    if (!(zxx > 0)) continue;
    let sum = 0;
    for (let e = offsets[x]!; e < offsets[x + 1]!; e++) {
      sum += weights[e]! * z[cols[e]! * s + x]!;
    }
    result[x] = sum / zxx;
  }
  return result;
}
