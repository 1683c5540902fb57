// The pass-through system of one strongly connected component (SPEC §4): local CSR of W inside the
// component, each member's throughput T = max(in, out) (so P = W / T) and its leak 1 − Σ_C P.

import type { FlowMatrix } from "./flow-matrix.js";

export interface ComponentSystem {
  /** Number of members. */
  readonly s: number;
  /** members[a]: the entity index of local state a. */
  readonly members: Int32Array;
  /** Edges inside the component, local indices, W (not P) as weights. */
  readonly offsets: Int32Array;
  readonly cols: Int32Array;
  readonly weights: Float64Array;
  /** T(a) = max(in, out) of member a; P[a][b] = W[a][b] / T(a). */
  readonly throughput: Float64Array;
  /** 1 − Σ_{b∈C} P[a][b], summed from non-negative parts (money kept, money leaving C). */
  readonly leak: Float64Array;
}

/**
 * Build the system of `members` (entity indices of one component of the positive flow).
 * `localOf` is scratch of length n filled with −1; it is restored before returning.
 */
export function componentSystem(
  flow: FlowMatrix,
  members: Int32Array,
  localOf: Int32Array,
): ComponentSystem {
  const s = members.length;
  for (let a = 0; a < s; a++) localOf[members[a]!] = a;
  let inside = 0;
  for (let a = 0; a < s; a++) {
    const i = members[a]!;
    for (let e = flow.offsets[i]!; e < flow.offsets[i + 1]!; e++) {
      if (localOf[flow.targets[e]!]! >= 0) inside++;
    }
  }
  const offsets = new Int32Array(s + 1);
  const cols = new Int32Array(inside);
  const weights = new Float64Array(inside);
  const throughput = new Float64Array(s);
  const leak = new Float64Array(s);
  let k = 0;
  for (let a = 0; a < s; a++) {
    const i = members[a]!;
    const out = flow.outflowUsd[i]!;
    const inflow = flow.inflowUsd[i]!;
    const t = Math.max(out, inflow);
    throughput[a] = t;
    let leaving = 0;
    for (let e = flow.offsets[i]!; e < flow.offsets[i + 1]!; e++) {
      const b = localOf[flow.targets[e]!]!;
      if (b < 0) leaving += flow.weights[e]!;
      else {
        cols[k] = b;
        weights[k++] = flow.weights[e]!;
      }
    }
    offsets[a + 1] = k;
    leak[a] = t > 0 ? (t - out + leaving) / t : 1;
  }
  for (let a = 0; a < s; a++) localOf[members[a]!] = -1;
  return { s, members, offsets, cols, weights, throughput, leak };
}
