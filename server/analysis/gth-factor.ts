// Gaussian elimination of I − P for one component's pass-through system, with Grassmann–Taksar–
// Heyman pivots (leak + Σ |off-diagonal|: nothing is ever subtracted, so tiny return probabilities
// keep full relative accuracy and a singular system gives a last pivot of exactly 0) and pivots
// chosen in Markowitz order to limit fill on sparse deal networks.
// Reference: W. Grassmann, M. Taksar, D. Heyman, Operations Research 33(5), 1985;
// H. M. Markowitz, "The elimination form of the inverse", Management Science 3(3), 1957.

import type { ComponentSystem } from "./component-system.js";
import { PivotHeap } from "./pivot-heap.js";

export { gthHittingLast } from "./gth-hitting-last.js";

export interface GthFactors {
  readonly s: number;
  /** elimination[q]: the local state eliminated at step q. */
  readonly elimination: Int32Array;
  /** pivot[q] = d at step q; the last is 0 exactly when I − P is singular. */
  readonly pivot: Float64Array;
  /** rowsOf[q] = {j later : U[k][j] ≠ 0}, colsOf[q] = {i later : L[i][k] ≠ 0}, k = elimination[q], ascending. */
  readonly rowsOf: readonly Int32Array[];
  readonly colsOf: readonly Int32Array[];
  /** upper[q][t] = U[k][rowsOf[q][t]] (unscaled), lower[q][t] = L[colsOf[q][t]][k]. */
  readonly upper: readonly Float64Array[];
  readonly lower: readonly Float64Array[];
}

/**
 * Largest component factored in dense s×s storage: 8·s² bytes (200 MB at 5,000), and the selected
 * inversion twice that. NOTE: beyond it, Map rows keep memory to the fill but cost ~10× per
 * update, and random-like components fill in too much for them (the elimination gives up).
 */
export const GTH_DENSE_STORAGE_LIMIT = 5_000;

/**
 * Factor I − P; `last`, when given, is forced to be eliminated last. Returns null when the filled
 * factors would hold more than `fillLimit` entries (with sparse storage, also when the elimination
 * would take more than `fillLimit` multiply-adds). Dense and sparse storage run the same
 * operations in the same order, so they give bit-identical factors. `check`, when given, is
 * called before every elimination step (a time budget's cooperative check: it throws to stop).
 */
export function gthFactor(
  system: ComponentSystem,
  last = -1,
  fillLimit = Number.POSITIVE_INFINITY,
  storage: GthStorage = "auto",
  check?: () => void,
): GthFactors | null {
  return useDenseStorage(system.s, storage)
    ? denseGthFactor(system, last, fillLimit, check)
    : sparseGthFactor(system, last, fillLimit, check);
}

/** Working storage: "auto" is dense up to GTH_DENSE_STORAGE_LIMIT members, sparse beyond. */
export type GthStorage = "auto" | "dense" | "sparse";

/** Whether `storage` means dense storage for a component of `s` members. */
export function useDenseStorage(s: number, storage: GthStorage): boolean {
  return storage === "dense" || (storage === "auto" && s <= GTH_DENSE_STORAGE_LIMIT);
}

function denseGthFactor(
  system: ComponentSystem,
  last: number,
  fillLimit: number,
  check: (() => void) | undefined,
): GthFactors | null {
  const { s, offsets, cols, weights, throughput } = system;
  // a = −P (row-major s×s, local indices); the diagonal is never read (GTH pivots).
  const a = new Float64Array(s * s);
  const rowCount = new Int32Array(s);
  const colCount = new Int32Array(s);
  // rowsOfColumn[j]: rows i whose a[i][j] was ever set (a column scan of s² strided reads avoided).
  const rowsOfColumn: number[][] = [];
  for (let j = 0; j < s; j++) rowsOfColumn.push([]);
  for (let u = 0; u < s; u++) {
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      a[u * s + cols[e]!] = -weights[e]! / throughput[u]!;
      rowCount[u]!++;
      colCount[cols[e]!]!++;
      rowsOfColumn[cols[e]!]!.push(u);
    }
  }
  const leak = Float64Array.from(system.leak);

  // Factor with GTH pivots d = leak + Σ |off-diagonal|, choosing each pivot by the Markowitz count
  // (row count × column count, ties by index) to limit fill. Off-diagonal entries of I − P only
  // grow in magnitude (no cancellation), so value ≠ 0 is exactly the filled structure.
  const remaining = new Uint8Array(s).fill(1);
  const elimination = new Int32Array(s);
  const pivot = new Float64Array(s);
  const rowsOf: Int32Array[] = [];
  const colsOf: Int32Array[] = [];
  const upper: Float64Array[] = [];
  const lower: Float64Array[] = [];
  const members = new Int32Array(s);
  const values = new Float64Array(s);
  const below = new Int32Array(s);
  let stored = 0;
  for (let q = 0; q < s; q++) {
    check?.();
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
    upper.push(values.slice(0, count));
    let belowCount = 0;
    const leakK = leak[k]!;
    const candidates = Int32Array.from(rowsOfColumn[k]!).sort();
    rowsOfColumn[k] = [];
    for (let c = 0; c < candidates.length; c++) {
      const i = candidates[c]!;
      if (c > 0 && i === candidates[c - 1]) continue;
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
          rowsOfColumn[j]!.push(i);
        }
        a[rowI + j] = old - l * values[t]!;
      }
    }
    const C = below.slice(0, belowCount);
    colsOf.push(C);
    const L = new Float64Array(belowCount);
    for (let t = 0; t < belowCount; t++) L[t] = a[C[t]! * s + k]!;
    lower.push(L);
    stored += count + belowCount;
    if (stored > fillLimit) return null;
  }
  return { s, elimination, pivot, rowsOf, colsOf, upper, lower };
}

/**
 * The same elimination on sparse storage: one Map (column → value) per active row, the rows of
 * each column as a list (stale entries skipped), and the Markowitz order from a heap of
 * (cost, index) with lazy deletion — O(fill) work instead of O(s²).
 */
function sparseGthFactor(
  system: ComponentSystem,
  last: number,
  fillLimit: number,
  check: (() => void) | undefined,
): GthFactors | null {
  const { s, offsets, cols, weights, throughput } = system;
  const rows: Map<number, number>[] = [];
  const rowsOfColumn: number[][] = [];
  for (let u = 0; u < s; u++) {
    rows.push(new Map());
    rowsOfColumn.push([]);
  }
  const rowCount = new Int32Array(s);
  const colCount = new Int32Array(s);
  for (let u = 0; u < s; u++) {
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      const j = cols[e]!;
      rows[u]!.set(j, -weights[e]! / throughput[u]!);
      rowsOfColumn[j]!.push(u);
      rowCount[u]!++;
      colCount[j]!++;
    }
  }
  const leak = Float64Array.from(system.leak);
  const heap = new PivotHeap();
  const pushedCost = new Float64Array(s).fill(-1);
  const offer = (v: number) => {
    const cost = rowCount[v]! * colCount[v]!;
    if (v === last || cost === pushedCost[v]) return;
    pushedCost[v] = cost;
    heap.push(cost, v);
  };
  for (let v = 0; v < s; v++) offer(v);

  const remaining = new Uint8Array(s).fill(1);
  const elimination = new Int32Array(s);
  const pivot = new Float64Array(s);
  const rowsOf: Int32Array[] = [];
  const colsOf: Int32Array[] = [];
  const upper: Float64Array[] = [];
  const lower: Float64Array[] = [];
  const valueAt = new Float64Array(s);
  let working = cols.length;
  let stored = 0;
  let work = 0;
  for (let q = 0; q < s; q++) {
    check?.();
    let k = -1;
    if (q === s - 1 && last >= 0) k = last;
    else {
      for (;;) {
        const v = heap.popIndex();
        if (remaining[v] === 1 && heap.poppedCost === rowCount[v]! * colCount[v]!) {
          k = v;
          break;
        }
      }
    }
    remaining[k] = 0;
    elimination[q] = k;
    const rowK = rows[k]!;
    const picked: number[] = [];
    for (const [j, v] of rowK) {
      if (v === 0 || remaining[j] === 0) continue;
      picked.push(j);
      valueAt[j] = v;
    }
    const R = Int32Array.from(picked).sort();
    const count = R.length;
    const values = new Float64Array(count);
    let d = leak[k]!;
    for (let t = 0; t < count; t++) {
      const j = R[t]!;
      const v = valueAt[j]!;
      values[t] = v;
      d -= v;
      colCount[j]!--;
    }
    pivot[q] = d;
    rowsOf.push(R);
    upper.push(values);
    working -= rowK.size;
    rows[k] = new Map();

    const candidates = Int32Array.from(rowsOfColumn[k]!).sort();
    rowsOfColumn[k] = [];
    const below: number[] = [];
    const multipliers: number[] = [];
    const leakK = leak[k]!;
    for (let c = 0; c < candidates.length; c++) {
      const i = candidates[c]!;
      if (remaining[i] === 0) continue;
      const rowI = rows[i]!;
      const aik = rowI.get(k) ?? 0;
      if (aik === 0) continue;
      below.push(i);
      rowI.delete(k);
      working--;
      rowCount[i]!--;
      if (!(d > 0)) {
        multipliers.push(aik);
        continue;
      }
      const l = aik / d;
      multipliers.push(l);
      leak[i] = leak[i]! - l * leakK;
      for (let t = 0; t < count; t++) {
        const j = R[t]!;
        if (j === i) continue;
        const present = rowI.get(j);
        const old = present ?? 0;
        if (old === 0) {
          rowCount[i]!++;
          colCount[j]!++;
        }
        if (present === undefined) {
          rowsOfColumn[j]!.push(i);
          working++;
        }
        rowI.set(j, old - l * values[t]!);
      }
    }
    colsOf.push(Int32Array.from(below));
    lower.push(Float64Array.from(multipliers));
    stored += count + below.length;
    work += count * below.length;
    // NOTE: Map storage costs ~10× dense per multiply-add, so work is bounded too; a component
    // that fills in this much is left to the iterative route.
    if (stored + working > fillLimit || work > fillLimit) return null;
    for (let t = 0; t < count; t++) offer(R[t]!);
    for (let t = 0; t < below.length; t++) offer(below[t]!);
  }
  return { s, elimination, pivot, rowsOf, colsOf, upper, lower };
}
