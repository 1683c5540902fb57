// Round-trip share r(x) of one entity (SPEC §4, pass-through model, minimal solution), solved
// within x's strongly connected component of the positive flow: exact elimination with x last for a
// component up to `denseLimit` members whose fill stays within `fillLimit`, Gauss–Seidel with a
// proven error bound otherwise — and first, for a bounded number of sweeps, on large components.
// Reference: B. Finn, "Measures of ecosystem structure and function derived from analysis of
// flows", J. Theoretical Biology 56, 1976.

import { type ComponentSystem, componentSystem } from "./component-system.js";
import { stronglyConnectedComponents } from "./components.js";
import { UnknownEntityError } from "./errors.js";
import type { FlowMatrix } from "./flow-matrix.js";
import { gthFactor } from "./gth-factor.js";
import { gthHittingLast } from "./gth-hitting-last.js";
import { type HittingResult, iterateHitting } from "./iterate-hitting.js";
import { positiveFlow } from "./positive-flow.js";
import { type RoundTripOptions, resolveRoundTripOptions } from "./round-trip-options.js";

/**
 * Components above this many members get up to ITERATIVE_FIRST_SWEEPS Gauss–Seidel sweeps before
 * an elimination: on one entity a few sweeps cost O(m), an elimination O(s²) or worse.
 */
export const ITERATIVE_FIRST_MEMBERS = 1_000;
export const ITERATIVE_FIRST_SWEEPS = 200;

export interface RoundTripShare {
  readonly id: string;
  /** r(x): share of x's outflow that comes back to x. */
  readonly share: number;
  /** r(x)·out(x). */
  readonly roundTripUsd: number;
  /** Finn's per-node cycling: θ(x)·r(x), the share of x's throughput max(in, out) that cycles. */
  readonly returnProbability: number;
  /** "dense": exact elimination (dense or sparse storage; the name is kept for callers). */
  readonly method: "none" | "dense" | "iterative";
  readonly converged: boolean;
  readonly iterations: number;
}

/** r(x) of one entity by id; throws UnknownEntityError for an id the flow matrix does not hold. */
export function computeRoundTripShare(
  flow: FlowMatrix,
  entity: string,
  options: Partial<RoundTripOptions> = {},
): RoundTripShare {
  const resolved = resolveRoundTripOptions("computeRoundTripShare", options);
  const x = flow.indexOf.get(entity);
  if (x === undefined) throw new UnknownEntityError("computeRoundTripShare", entity);
  const out = flow.outflowUsd[x]!;
  const empty = { id: entity, share: 0, roundTripUsd: 0, returnProbability: 0 };
  if (!(out > 0)) return { ...empty, method: "none", converged: true, iterations: 0 };
  const positive = positiveFlow(flow);
  const { componentOf } = stronglyConnectedComponents(positive);
  const memberList: number[] = [];
  for (let i = 0; i < flow.n; i++)
    if (componentOf[i] === componentOf[x] && i !== x) memberList.push(i);
  if (memberList.length === 0) return { ...empty, method: "none", converged: true, iterations: 0 };
  memberList.push(x);
  const members = Int32Array.from(memberList);
  const system = componentSystem(positive, members, new Int32Array(flow.n).fill(-1));
  const target = members.length - 1;
  let h: Float64Array;
  let method: RoundTripShare["method"] = "dense";
  let converged = true;
  let iterations = 0;
  const s = members.length;
  // NOTE: on a large component a bounded iterative solve comes first — a failed sparse
  // elimination (fill on random-like components) costs far more than a few hundred sweeps, and
  // near-closed loops, where the sweeps crawl, are left to the elimination.
  let first: HittingResult | null = null;
  if (s > resolved.denseLimit || s > ITERATIVE_FIRST_MEMBERS) {
    const sweeps = s > resolved.denseLimit ? resolved.maxIterations : ITERATIVE_FIRST_SWEEPS;
    first = iterateHitting(
      system,
      target,
      resolved.tolerance,
      Math.min(sweeps, resolved.maxIterations),
    );
  }
  const factors =
    first?.converged !== true && s <= resolved.denseLimit
      ? gthFactor(system, target, resolved.fillLimit)
      : null;
  if (factors !== null) {
    h = gthHittingLast(factors);
  } else {
    const result =
      first !== null && (first.converged || first.iterations >= resolved.maxIterations)
        ? first
        : iterateHitting(system, target, resolved.tolerance, resolved.maxIterations);
    ({ h, converged, iterations } = result);
    method = "iterative";
  }
  const share = shareFromHitting(system, target, h, out);
  const throughput = system.throughput[target]!;
  return {
    id: entity,
    share,
    roundTripUsd: share * out,
    returnProbability: Math.min(1, (share * out) / throughput),
    method,
    converged,
    iterations,
  };
}

/** r(x) = Σ_j W[x][j]·h(j) / out(x), clamped to [0, 1] against rounding. */
export function shareFromHitting(
  system: ComponentSystem,
  target: number,
  h: Float64Array,
  out: number,
): number {
  let sum = 0;
  for (let e = system.offsets[target]!; e < system.offsets[target + 1]!; e++) {
    sum += system.weights[e]! * h[system.cols[e]!]!;
  }
  const share = sum / out;
  return share > 1 ? 1 : Math.max(share, 0);
}
