// Max round-trip of every entity (SPEC §4): one flow network per strongly connected component of
// the positive flow, built once and solved for each member in turn; past `budgetMs` (checked
// between solves), TimeBudgetError. `solveMaxRoundTrips` is the loop itself, which the bounded
// export variant (bounded-max-round-trips.ts) stops instead of throwing.
// Reference: E. A. Dinic, Soviet Math. Doklady 11, 1970 (the solves, in max-flow.ts).

import { componentMembers } from "./component-members.js";
import type { StronglyConnectedComponents } from "./components.js";
import { TimeBudgetError } from "./errors.js";
import type { FlowMatrix } from "./flow-matrix.js";
import { type MaxRoundTrip, maxRoundTripOn } from "./max-round-trip.js";
import { roundTripNetwork } from "./round-trip-network.js";

export interface MaxRoundTripSolve {
  /** Entity index order; null for an entity on a cycle left unsolved when the loop stopped. */
  readonly rows: (MaxRoundTrip | null)[];
  /** Entities alone in their component (0, at no cost). */
  readonly alone: number;
  /** Entities on a cycle solved, and how many there are. */
  readonly done: number;
  readonly cyclic: number;
  /** `stop` ended the loop before every entity was solved. */
  readonly stopped: boolean;
}

/**
 * The entities alone in their component first, then each cyclic component's network built once
 * and solved member by member; `stop` is asked before every solve, `afterComponent` told after
 * each cyclic component.
 */
export function solveMaxRoundTrips(
  positive: FlowMatrix,
  components: StronglyConnectedComponents,
  stop: (done: number, cyclic: number) => boolean,
  afterComponent?: (alone: number, done: number) => void,
): MaxRoundTripSolve {
  const { n, ids } = positive;
  const { count, sizes } = components;
  const { starts, ordered } = componentMembers(components);
  const rows = new Array<MaxRoundTrip | null>(n).fill(null);
  let alone = 0;
  let cyclic = 0;
  for (let c = 0; c < count; c++) {
    if (sizes[c]! >= 2) {
      cyclic += sizes[c]!;
      continue;
    }
    const x = ordered[starts[c]!]!;
    rows[x] = { id: ids[x]!, maxRoundTripUsd: 0, bottleneckDeals: [] };
    alone++;
  }
  let done = 0;
  const localOf = new Int32Array(n).fill(-1);
  for (let c = 0; c < count; c++) {
    if (sizes[c]! < 2) continue;
    if (stop(done, cyclic)) return { rows, alone, done, cyclic, stopped: true };
    const members = ordered.subarray(starts[c]!, starts[c + 1]!);
    const network = roundTripNetwork(positive, members, localOf);
    for (let a = 0; a < members.length; a++) {
      if (stop(done, cyclic)) return { rows, alone, done, cyclic, stopped: true };
      rows[members[a]!] = maxRoundTripOn(positive, network, a);
      done++;
    }
    afterComponent?.(alone, done);
  }
  return { rows, alone, done, cyclic, stopped: false };
}

/** Max round-trip of every entity of the positive flow, entity index order. */
export function computeMaxRoundTrips(
  positive: FlowMatrix,
  components: StronglyConnectedComponents,
  budgetMs = Number.POSITIVE_INFINITY,
  /** When the budget started (performance.now()): the exposure step's start. */
  since = performance.now(),
): MaxRoundTrip[] {
  const deadline = since + budgetMs;
  const bounded = budgetMs !== Number.POSITIVE_INFINITY;
  const solved = solveMaxRoundTrips(positive, components, (done, cyclic) => {
    if (!bounded || performance.now() < deadline) return false;
    throw new TimeBudgetError("computeMaxRoundTrips", "exposureBudgetMs", budgetMs, {
      what: "max round-trips of the entities on a cycle",
      done,
      total: cyclic,
    });
  });
  return solved.rows as MaxRoundTrip[];
}
