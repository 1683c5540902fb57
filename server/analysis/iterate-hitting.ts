// Probability that a dollar at each member of a component reaches one target member, by
// Gauss–Seidel from zero: the iterates rise monotonically to the minimal solution (SPEC §4).
// Reference: J. Kemeny, J. L. Snell, "Finite Markov Chains" (1960), §3 absorbing chains.

import type { ComponentSystem } from "./component-system.js";

export interface HittingResult {
  /** h[a]: probability that a dollar at local state a reaches the target (h[target] = 1). */
  readonly h: Float64Array;
  readonly converged: boolean;
  readonly iterations: number;
}

/** Gauss–Seidel sweeps in order of distance to the target along reversed edges. */
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
  const x = new Float64Array(k);
  x[0] = 1;
  let previousDelta = Number.POSITIVE_INFINITY;
  let converged = false;
  let iterations = maxIterations;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    let delta = 0;
    for (let q = 1; q < k; q++) {
      let value = 0;
      const end = rowStart[q + 1]!;
      for (let t = rowStart[q]!; t < end; t++) value += p[t]! * x[next[t]!]!;
      const change = value > 0 ? (value - x[q]!) / value : 0;
      if (change > delta) delta = change;
      x[q] = value;
    }
    // Geometric convergence: remaining error ≈ delta·ρ / (1 − ρ) with ρ ≈ delta / previousDelta.
    const rate = delta / previousDelta;
    if (delta === 0 || (rate > 0 && rate < 1 && (delta * rate) / (1 - rate) <= tolerance)) {
      converged = true;
      iterations = iteration;
      break;
    }
    previousDelta = delta;
  }
  const h = new Float64Array(s);
  for (let q = 0; q < k; q++) h[order[q]!] = x[q]!;
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
