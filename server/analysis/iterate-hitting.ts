// Probability that a dollar at each member of a component reaches one target member, by
// Gauss–Seidel run from both sides at once: from 0 the iterates rise to the minimal solution, from
// 1 (a supersolution: P has row sums ≤ 1) they fall to it, so the target's share is bracketed and
// the solve stops on a proven bound, not an estimate (SPEC §4).
// Reference: J. Kemeny, J. L. Snell, "Finite Markov Chains" (1960), §3 absorbing chains;
// R. S. Varga, "Matrix Iterative Analysis" (1962), §3.6 monotone iterates.

import type { ComponentSystem } from "./component-system.js";

const SMALLEST_NORMAL = 2.2250738585072014e-308;

export interface HittingResult {
  /**
   * h[a]: probability that a dollar at local state a reaches the target (h[target] = 1), from
   * below: every entry is a lower bound, and the target's share from it is within `tolerance`
   * (relative) of the exact one when `converged`.
   */
  readonly h: Float64Array;
  readonly converged: boolean;
  readonly iterations: number;
}

/**
 * Gauss–Seidel sweeps in order of distance to the target along reversed edges, until the
 * target's share Σ W[target][j]·h(j) from the upper iterate exceeds the one from the lower
 * iterate by at most `tolerance` relative (or by less than the smallest normal double).
 */
export function iterateHitting(
  system: ComponentSystem,
  target: number,
  tolerance: number,
  maxIterations: number,
): HittingResult {
  const { s, offsets, cols, weights, throughput } = system;
  // Relabel states by sweep position (target first) so that each sweep walks memory in order;
  // P = W / T is precomputed. States the target cannot be reached from stay 0.
  const order = reverseBfsOrder(system, target);
  const k = order.length;
  const position = new Int32Array(s).fill(-1);
  for (let q = 0; q < k; q++) position[order[q]!] = q;
  const rowStart = new Int32Array(k + 1);
  let count = 0;
  for (let q = 0; q < k; q++) {
    const a = order[q]!;
    for (let e = offsets[a]!; e < offsets[a + 1]!; e++) if (position[cols[e]!]! >= 0) count++;
    rowStart[q + 1] = count;
  }
  const next = new Int32Array(count);
  const p = new Float64Array(count);
  for (let q = 0, t = 0; q < k; q++) {
    const a = order[q]!;
    for (let e = offsets[a]!; e < offsets[a + 1]!; e++) {
      const b = position[cols[e]!]!;
      if (b < 0) continue;
      next[t] = b;
      p[t++] = weights[e]! / throughput[a]!;
    }
  }
  // The target's row, by sweep position, to bound its share after each sweep.
  const firstOut = offsets[target]!;
  const targetOut = offsets[target + 1]! - firstOut;
  const outPosition = new Int32Array(targetOut);
  const outWeight = new Float64Array(targetOut);
  for (let t = 0; t < targetOut; t++) {
    outPosition[t] = position[cols[firstOut + t]!]!;
    outWeight[t] = weights[firstOut + t]!;
  }
  // bounds[2q] from below, bounds[2q + 1] from above: one cache line holds both.
  const bounds = new Float64Array(2 * k).fill(1);
  for (let q = 1; q < k; q++) bounds[2 * q] = 0;
  let converged = false;
  let iterations = maxIterations;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    for (let q = 1; q < k; q++) {
      let low = 0;
      let high = 0;
      const end = rowStart[q + 1]!;
      for (let t = rowStart[q]!; t < end; t++) {
        const b = 2 * next[t]!;
        const pt = p[t]!;
        low += pt * bounds[b]!;
        high += pt * bounds[b + 1]!;
      }
      bounds[2 * q] = low;
      // NOTE: the upper iterate can only fall; the min keeps rounding from lifting it.
      if (high < bounds[2 * q + 1]!) bounds[2 * q + 1] = high;
    }
    let shareLow = 0;
    let shareHigh = 0;
    for (let t = 0; t < targetOut; t++) {
      const b = outPosition[t]!;
      if (b < 0) continue;
      shareLow += outWeight[t]! * bounds[2 * b]!;
      shareHigh += outWeight[t]! * bounds[2 * b + 1]!;
    }
    // Below the smallest normal double no relative accuracy exists: an absolute floor there.
    if (shareHigh - shareLow <= tolerance * shareLow + SMALLEST_NORMAL) {
      converged = true;
      iterations = iteration;
      break;
    }
  }
  const h = new Float64Array(s);
  for (let q = 0; q < k; q++) h[order[q]!] = bounds[2 * q]!;
  return { h, converged, iterations };
}

function reverseBfsOrder(system: ComponentSystem, target: number): Int32Array {
  const { s, offsets, cols } = system;
  const inOffsets = new Int32Array(s + 1);
  for (let e = 0; e < cols.length; e++) inOffsets[cols[e]! + 1]!++;
  for (let a = 0; a < s; a++) inOffsets[a + 1]! += inOffsets[a]!;
  const cursor = inOffsets.slice(0, s);
  const sourcesOf = new Int32Array(cols.length);
  for (let a = 0; a < s; a++) {
    for (let e = offsets[a]!; e < offsets[a + 1]!; e++) sourcesOf[cursor[cols[e]!]!++] = a;
  }
  const order = new Int32Array(s);
  const seen = new Uint8Array(s);
  order[0] = target;
  seen[target] = 1;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const b = order[head++]!;
    for (let t = inOffsets[b]!; t < inOffsets[b + 1]!; t++) {
      const a = sourcesOf[t]!;
      if (seen[a] === 0) {
        seen[a] = 1;
        order[tail++] = a;
      }
    }
  }
  return order.subarray(0, tail);
}
