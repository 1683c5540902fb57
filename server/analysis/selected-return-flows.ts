// Every member's return flow of one component at once, from selected entries of (I − P)⁻¹:
// a sparse-aware elimination (Markowitz pivot order, GTH pivots), then the Takahashi
// recurrences, which compute the inverse only on the transposed filled structure — which covers
// N[j][x] for every edge x → j. No step subtracts: all terms are ≥ 0.
// Reference: K. Takahashi, J. Fagan, M.-S. Chen, "Formation of a sparse bus impedance matrix and
// its application to short circuit study", PICA 1973; Grassmann–Taksar–Heyman, Oper. Res. 33, 1985.

import type { ComponentSystem } from "./component-system.js";
import { type GthFactors, type GthStorage, gthFactor, useDenseStorage } from "./gth-factor.js";

/**
 * For each local state x: Σ_{x→j} W[x][j]·h_x(j), h_x(j) = N[j][x] / N[x][x] the probability that a
 * dollar at j reaches x. N is scaled by the last pivot so a singular system stays finite. Null when
 * the filled factors would exceed `fillLimit` entries.
 */
export function selectedReturnFlows(
  system: ComponentSystem,
  fillLimit = Number.POSITIVE_INFINITY,
  storage: GthStorage = "auto",
): Float64Array | null {
  const factors = gthFactor(system, -1, fillLimit, storage);
  if (factors === null) return null;
  return useDenseStorage(system.s, storage)
    ? denseTakahashi(system, factors)
    : sparseTakahashi(system, factors);
}

// Takahashi on the transposed filled structure, in reverse elimination order, scaled by the
// last pivot p: Ẑ = p·N with 1/d_k → p/d_k (k not last) and 1 (k last). z is row-major and
// zt its transpose, so every inner product runs along one row.
function denseTakahashi(system: ComponentSystem, factors: GthFactors): Float64Array {
  const { s, offsets, cols, weights } = system;
  const { elimination, pivot, rowsOf, colsOf, upper, lower } = factors;
  const p = Math.max(0, pivot[s - 1]!);
  const z = new Float64Array(s * s);
  const zt = new Float64Array(s * s);
  const upperRow = new Float64Array(s);
  for (let q = s - 1; q >= 0; q--) {
    const k = elimination[q]!;
    const R = rowsOf[q]!;
    const C = colsOf[q]!;
    const U = upper[q]!;
    const lowerColumn = lower[q]!;
    const rowK = k * s;
    const d = pivot[q]!;
    for (let t = 0; t < R.length; t++) upperRow[t] = d > 0 ? U[t]! / d : 0;
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

// The same recurrences with Ẑ kept as one Map per row (Ẑ[a][b] = zRow[a].get(b), absent = 0):
// the same terms in the same order as the dense form, so the same bits, in O(Σ |R|·|C|).
function sparseTakahashi(system: ComponentSystem, factors: GthFactors): Float64Array {
  const { s, offsets, cols, weights } = system;
  const { elimination, pivot, rowsOf, colsOf, upper, lower } = factors;
  const p = Math.max(0, pivot[s - 1]!);
  const zRow: Map<number, number>[] = [];
  for (let a = 0; a < s; a++) zRow.push(new Map());
  const upperRow = new Float64Array(s);
  const columnK = new Float64Array(s);
  for (let q = s - 1; q >= 0; q--) {
    const k = elimination[q]!;
    const R = rowsOf[q]!;
    const C = colsOf[q]!;
    const U = upper[q]!;
    const lowerColumn = lower[q]!;
    const d = pivot[q]!;
    const zk = zRow[k]!;
    for (let t = 0; t < R.length; t++) upperRow[t] = d > 0 ? U[t]! / d : 0;
    for (let u = 0; u < R.length; u++) {
      const zj = zRow[R[u]!]!;
      let sum = 0;
      for (let t = 0; t < C.length; t++) sum -= (zj.get(C[t]!) ?? 0) * lowerColumn[t]!;
      columnK[u] = sum;
    }
    for (let u = 0; u < C.length; u++) {
      const j = C[u]!;
      let sum = 0;
      for (let t = 0; t < R.length; t++) sum -= upperRow[t]! * (zRow[R[t]!]!.get(j) ?? 0);
      zk.set(j, sum);
    }
    let diagonal = q === s - 1 ? 1 : d > 0 ? p / d : 0;
    for (let t = 0; t < R.length; t++) diagonal -= upperRow[t]! * columnK[t]!;
    for (let u = 0; u < R.length; u++) zRow[R[u]!]!.set(k, columnK[u]!);
    zk.set(k, diagonal);
  }

  const result = new Float64Array(s);
  for (let x = 0; x < s; x++) {
    const zxx = zRow[x]!.get(x) ?? 0;
    if (!(zxx > 0)) continue;
    let sum = 0;
    for (let e = offsets[x]!; e < offsets[x + 1]!; e++) {
      sum += weights[e]! * (zRow[cols[e]!]!.get(x) ?? 0);
    }
    result[x] = sum / zxx;
  }
  return result;
}
