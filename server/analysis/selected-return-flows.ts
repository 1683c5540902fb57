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
 * the filled factors would exceed `fillLimit` entries. `check`, when given, is called before every
 * step of the elimination and of the recurrences (a time budget's check: it throws to stop).
 */
export function selectedReturnFlows(
  system: ComponentSystem,
  fillLimit = Number.POSITIVE_INFINITY,
  storage: GthStorage = "auto",
  check?: () => void,
): Float64Array | null {
  const factors = gthFactor(system, -1, fillLimit, storage, check);
  if (factors === null) return null;
  return useDenseStorage(system.s, storage)
    ? denseTakahashi(system, factors, check)
    : sparseTakahashi(system, factors, check);
}

/**
 * One step's states in elimination order (the order every sum of both forms runs in): `at`
 * receives their positions, ascending, and `ordered` their factor values in the same order.
 * `scratch` has one slot per position.
 */
function orderByPosition(
  states: Int32Array,
  values: Float64Array,
  position: Int32Array,
  scratch: Float64Array,
  at: Int32Array,
  ordered: Float64Array,
): void {
  const n = states.length;
  for (let t = 0; t < n; t++) {
    const q = position[states[t]!]!;
    at[t] = q;
    scratch[q] = values[t]!;
  }
  at.subarray(0, n).sort();
  for (let t = 0; t < n; t++) ordered[t] = scratch[at[t]!]!;
}

/** position[k] = the step that eliminated state k. */
function positionsOf(elimination: Int32Array): Int32Array {
  const position = new Int32Array(elimination.length);
  for (let q = 0; q < elimination.length; q++) position[elimination[q]!] = q;
  return position;
}

// Takahashi on the transposed filled structure, in reverse elimination order, scaled by the
// last pivot p: Ẑ = p·N with 1/d_k → p/d_k (k not last) and 1 (k last). z is row-major and
// zt its transpose, both indexed by elimination position, and every sum runs over positions in
// ascending order: a step reads only states eliminated later, so its inner products run forward
// along the trailing part of one row, and the late, dense steps stay in cache.
function denseTakahashi(
  system: ComponentSystem,
  factors: GthFactors,
  check: (() => void) | undefined,
): Float64Array {
  const { s, offsets, cols, weights } = system;
  const { elimination, pivot, rowsOf, colsOf, upper, lower } = factors;
  const p = Math.max(0, pivot[s - 1]!);
  const position = positionsOf(elimination);
  const z = new Float64Array(s * s);
  const zt = new Float64Array(s * s);
  const scratch = new Float64Array(s);
  const rowAt = new Int32Array(s);
  const colAt = new Int32Array(s);
  const upperRow = new Float64Array(s);
  const lowerColumn = new Float64Array(s);
  for (let q = s - 1; q >= 0; q--) {
    check?.();
    const r = rowsOf[q]!.length;
    const c = colsOf[q]!.length;
    orderByPosition(rowsOf[q]!, upper[q]!, position, scratch, rowAt, upperRow);
    orderByPosition(colsOf[q]!, lower[q]!, position, scratch, colAt, lowerColumn);
    const rowK = q * s;
    const d = pivot[q]!;
    for (let t = 0; t < r; t++) upperRow[t] = d > 0 ? upperRow[t]! / d : 0;
    // Z[j][k] = −Σ_{i∈C} Z[j][i]·L[i][k] for j ∈ R.
    for (let u = 0; u < r; u++) {
      const j = rowAt[u]!;
      const rowJ = j * s;
      let sum = 0;
      for (let t = 0; t < c; t++) sum -= z[rowJ + colAt[t]!]! * lowerColumn[t]!;
      z[rowJ + q] = sum;
      zt[rowK + j] = sum;
    }
    // Z[k][j] = −Σ_{i∈R} U[k][i]·Z[i][j] for j ∈ C.
    for (let u = 0; u < c; u++) {
      const j = colAt[u]!;
      const rowJ = j * s;
      let sum = 0;
      for (let t = 0; t < r; t++) sum -= upperRow[t]! * zt[rowJ + rowAt[t]!]!;
      z[rowK + j] = sum;
      zt[rowJ + q] = sum;
    }
    let diagonal = q === s - 1 ? 1 : d > 0 ? p / d : 0;
    for (let t = 0; t < r; t++) diagonal -= upperRow[t]! * zt[rowK + rowAt[t]!]!;
    z[rowK + q] = diagonal;
    zt[rowK + q] = diagonal;
  }

  const result = new Float64Array(s);
  for (let x = 0; x < s; x++) {
    const px = position[x]!;
    const zxx = z[px * s + px]!;
    if (!(zxx > 0)) continue;
    let sum = 0;
    for (let e = offsets[x]!; e < offsets[x + 1]!; e++) {
      sum += weights[e]! * z[position[cols[e]!]! * s + px]!;
    }
    result[x] = sum / zxx;
  }
  return result;
}

// The same recurrences with Ẑ kept as one Map per row (Ẑ[a][b] = zRow[a].get(b), absent = 0):
// the same terms in the same order as the dense form, so the same bits, in O(Σ |R|·|C|).
function sparseTakahashi(
  system: ComponentSystem,
  factors: GthFactors,
  check: (() => void) | undefined,
): Float64Array {
  const { s, offsets, cols, weights } = system;
  const { elimination, pivot, rowsOf, colsOf, upper, lower } = factors;
  const p = Math.max(0, pivot[s - 1]!);
  const position = positionsOf(elimination);
  const zRow: Map<number, number>[] = [];
  for (let a = 0; a < s; a++) zRow.push(new Map());
  const scratch = new Float64Array(s);
  const rowAt = new Int32Array(s);
  const colAt = new Int32Array(s);
  const upperRow = new Float64Array(s);
  const lowerColumn = new Float64Array(s);
  const columnK = new Float64Array(s);
  for (let q = s - 1; q >= 0; q--) {
    check?.();
    const k = elimination[q]!;
    const r = rowsOf[q]!.length;
    const c = colsOf[q]!.length;
    orderByPosition(rowsOf[q]!, upper[q]!, position, scratch, rowAt, upperRow);
    orderByPosition(colsOf[q]!, lower[q]!, position, scratch, colAt, lowerColumn);
    const d = pivot[q]!;
    const zk = zRow[k]!;
    for (let t = 0; t < r; t++) upperRow[t] = d > 0 ? upperRow[t]! / d : 0;
    for (let u = 0; u < r; u++) {
      const zj = zRow[elimination[rowAt[u]!]!]!;
      let sum = 0;
      for (let t = 0; t < c; t++) {
        sum -= (zj.get(elimination[colAt[t]!]!) ?? 0) * lowerColumn[t]!;
      }
      columnK[u] = sum;
    }
    for (let u = 0; u < c; u++) {
      const j = elimination[colAt[u]!]!;
      let sum = 0;
      for (let t = 0; t < r; t++) {
        sum -= upperRow[t]! * (zRow[elimination[rowAt[t]!]!]!.get(j) ?? 0);
      }
      zk.set(j, sum);
    }
    let diagonal = q === s - 1 ? 1 : d > 0 ? p / d : 0;
    for (let t = 0; t < r; t++) diagonal -= upperRow[t]! * columnK[t]!;
    for (let u = 0; u < r; u++) zRow[elimination[rowAt[u]!]!]!.set(k, columnK[u]!);
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
