// Max round-trip of every entity (SPEC §4): one flow network per strongly connected component of
// the positive flow, built once and solved for each member in turn; past `budgetMs` (checked
// between solves), TimeBudgetError.
// Reference: E. A. Dinic, Soviet Math. Doklady 11, 1970 (the solves, in max-flow.ts).

import { componentMembers } from "./component-members.js";
import type { StronglyConnectedComponents } from "./components.js";
import { TimeBudgetError } from "./errors.js";
import type { FlowMatrix } from "./flow-matrix.js";
import { type MaxRoundTrip, maxRoundTripOn } from "./max-round-trip.js";
import { roundTripNetwork } from "./round-trip-network.js";

/** Max round-trip of every entity of the positive flow, entity index order. */
export function computeMaxRoundTrips(
  positive: FlowMatrix,
  components: StronglyConnectedComponents,
  budgetMs = Number.POSITIVE_INFINITY,
  /** When the budget started (performance.now()): the exposure step's start. */
  since = performance.now(),
): MaxRoundTrip[] {
  const { n, ids } = positive;
  const { count, sizes } = components;
  const deadline = since + budgetMs;
  let cyclic = 0;
  for (let c = 0; c < count; c++) if (sizes[c]! >= 2) cyclic += sizes[c]!;
  let done = 0;
  const { starts, ordered } = componentMembers(components);
  const localOf = new Int32Array(n).fill(-1);
  const rows = new Array<MaxRoundTrip>(n);
  for (let c = 0; c < count; c++) {
    const members = ordered.subarray(starts[c]!, starts[c + 1]!);
    if (members.length < 2) {
      rows[members[0]!] = { id: ids[members[0]!]!, maxRoundTripUsd: 0, bottleneckDeals: [] };
      continue;
    }
    const network = roundTripNetwork(positive, members, localOf);
    for (let a = 0; a < members.length; a++) {
      if (budgetMs !== Number.POSITIVE_INFINITY && performance.now() >= deadline) {
        throw new TimeBudgetError("computeMaxRoundTrips", "exposureBudgetMs", budgetMs, {
          what: "max round-trips of the entities on a cycle",
          done,
          total: cyclic,
        });
      }
      rows[members[a]!] = maxRoundTripOn(positive, network, a);
      done++;
    }
  }
  return rows;
}
