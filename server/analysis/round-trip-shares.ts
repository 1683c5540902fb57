// Round-trip shares of every entity at once (SPEC §4): one exact elimination per strongly
// connected component of the positive flow gives all members' shares from (I − P)⁻¹ = U⁻¹L⁻¹;
// components above `denseLimit`, or whose fill exceeds `fillLimit`, fall back to one iterative
// solve per member. Past `exposureBudgetMs` (checked between solves and before every step of an
// elimination, so that one large component cannot outrun it), TimeBudgetError.
// Reference: B. Finn, J. Theoretical Biology 56, 1976; Grassmann–Taksar–Heyman, Oper. Res. 33, 1985.

import { componentMembers } from "./component-members.js";
import { componentSystem } from "./component-system.js";
import { stronglyConnectedComponents } from "./components.js";
import { TimeBudgetError } from "./errors.js";
import type { FlowMatrix } from "./flow-matrix.js";
import { iterateHitting } from "./iterate-hitting.js";
import { positiveFlow } from "./positive-flow.js";
import { type RoundTripOptions, resolveRoundTripOptions } from "./round-trip-options.js";
import { type RoundTripShare, shareFromHitting } from "./round-trip-share.js";
import { selectedReturnFlows } from "./selected-return-flows.js";

export interface RoundTripShares {
  /** share[i] = r(i), entity index order. */
  readonly share: Float64Array;
  /** returnProbability[i] = θ(i)·r(i): Finn's per-node cycling, = 1 − 1/N[i][i]. */
  readonly returnProbability: Float64Array;
  /** Entity ids whose iterative solve hit `maxIterations` (empty when all converged). */
  readonly unconverged: readonly string[];
  /**
   * How each entity's share was solved, entity index order: "dense" exact elimination (dense or
   * sparse storage, as in RoundTripShare), "iterative" Gauss–Seidel, "none" on no cycle of money.
   */
  readonly method: readonly RoundTripShare["method"][];
}

/** r(x) for every entity x of the flow matrix. */
export function computeRoundTripShares(
  flow: FlowMatrix,
  options: Partial<RoundTripOptions> = {},
  /** When exposureBudgetMs started (on `now`'s clock); now by default. */
  since?: number,
  /** The clock the budget is read on, in ms (performance.now; tests inject their own). */
  now: () => number = () => performance.now(),
): RoundTripShares {
  const resolved = resolveRoundTripOptions("computeRoundTripShares", options);
  const { n, outflowUsd } = flow;
  const share = new Float64Array(n);
  const returnProbability = new Float64Array(n);
  const unconverged: string[] = [];
  const method = new Array<RoundTripShare["method"]>(n).fill("none");
  const positive = positiveFlow(flow);
  const components = stronglyConnectedComponents(positive);
  const { count, sizes } = components;
  const { starts, ordered } = componentMembers(components);
  const localOf = new Int32Array(n).fill(-1);
  const budgetMs = resolved.exposureBudgetMs;
  const deadline = (since ?? now()) + budgetMs;
  let cyclic = 0;
  for (let c = 0; c < count; c++) if (sizes[c]! >= 2) cyclic += sizes[c]!;
  let done = 0;
  const checkClock = () => {
    if (budgetMs === Number.POSITIVE_INFINITY || now() < deadline) return;
    throw new TimeBudgetError("computeRoundTripShares", "exposureBudgetMs", budgetMs, {
      what: "round-trip shares of the entities on a cycle",
      done,
      total: cyclic,
    });
  };

  for (let c = 0; c < count; c++) {
    if (sizes[c]! < 2) continue;
    checkClock();
    const members = ordered.subarray(starts[c]!, starts[c + 1]!);
    const system = componentSystem(positive, members, localOf);
    const { s, throughput } = system;
    const check = budgetMs === Number.POSITIVE_INFINITY ? undefined : checkClock;
    const sums =
      s <= resolved.denseLimit
        ? selectedReturnFlows(system, resolved.fillLimit, "auto", check)
        : null;
    if (sums !== null) {
      for (let t = 0; t < s; t++) {
        const i = members[t]!;
        const r = sums[t]! / outflowUsd[i]!;
        share[i] = r > 1 ? 1 : Math.max(r, 0);
        method[i] = "dense";
      }
    } else {
      for (let t = 0; t < s; t++) {
        checkClock();
        const i = members[t]!;
        method[i] = "iterative";
        const result = iterateHitting(system, t, resolved.tolerance, resolved.maxIterations);
        if (!result.converged) unconverged.push(flow.ids[i]!);
        share[i] = shareFromHitting(system, t, result.h, outflowUsd[i]!);
        done++;
      }
    }
    if (sums !== null) done += s;
    for (let t = 0; t < s; t++) {
      const i = members[t]!;
      const f = (share[i]! * outflowUsd[i]!) / throughput[t]!;
      returnProbability[i] = Math.min(f, 1);
    }
  }
  return { share, returnProbability, unconverged, method };
}
