// Max round-trip of every entity (SPEC §4) within a time budget, for exports of networks too large
// to solve at once: the entities alone in their component first (0, at no cost), then each
// component's network built once and solved member by member until the budget runs out.
// Reference: E. A. Dinic, Soviet Math. Doklady 11, 1970 (the solves, in max-flow.ts).

import { componentMembers } from "./component-members.js";
import { stronglyConnectedComponents } from "./components.js";
import { InvalidOptionError } from "./errors.js";
import type { FlowMatrix } from "./flow-matrix.js";
import { type MaxRoundTrip, maxRoundTripOn } from "./max-round-trip.js";
import { positiveFlow } from "./positive-flow.js";
import { roundTripNetwork } from "./round-trip-network.js";

export interface BoundedMaxRoundTripsOptions {
  /** Wall-clock budget; the entities left when it runs out come back null. */
  timeBudgetMs: number;
  /** Called after each solved component with the entities done so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

export const BOUNDED_MAX_ROUND_TRIPS_DEFAULTS: Readonly<BoundedMaxRoundTripsOptions> =
  Object.freeze({ timeBudgetMs: Number.POSITIVE_INFINITY });

export interface BoundedMaxRoundTrips {
  /** Entity index order; null for an entity the budget left unsolved. */
  readonly rows: readonly (MaxRoundTrip | null)[];
  readonly computed: number;
  /** The budget ran out before every entity was solved. */
  readonly truncated: boolean;
}

export function computeBoundedMaxRoundTrips(
  flow: FlowMatrix,
  options: Partial<BoundedMaxRoundTripsOptions> = {},
): BoundedMaxRoundTrips {
  const { timeBudgetMs, onProgress } = { ...BOUNDED_MAX_ROUND_TRIPS_DEFAULTS, ...options };
  if (typeof timeBudgetMs !== "number" || Number.isNaN(timeBudgetMs) || timeBudgetMs < 0) {
    throw new InvalidOptionError(
      `computeBoundedMaxRoundTrips: expected timeBudgetMs ≥ 0, received ${String(timeBudgetMs)}`,
    );
  }
  const deadline = Date.now() + timeBudgetMs;
  const positive = positiveFlow(flow);
  const components = stronglyConnectedComponents(positive);
  const { starts, ordered } = componentMembers(components);
  const rows = new Array<MaxRoundTrip | null>(flow.n).fill(null);
  let computed = 0;
  const large: number[] = [];
  for (let c = 0; c < components.count; c++) {
    if (starts[c + 1]! - starts[c]! >= 2) {
      large.push(c);
      continue;
    }
    const x = ordered[starts[c]!]!;
    rows[x] = { id: flow.ids[x]!, maxRoundTripUsd: 0, bottleneckDeals: [] };
    computed++;
  }
  onProgress?.(computed, flow.n);
  const localOf = new Int32Array(flow.n).fill(-1);
  let truncated = false;
  for (const c of large) {
    const members = ordered.subarray(starts[c]!, starts[c + 1]!);
    if (Date.now() >= deadline) {
      truncated = true;
      break;
    }
    const network = roundTripNetwork(positive, members, localOf);
    for (let a = 0; a < members.length; a++) {
      if (Date.now() >= deadline) {
        truncated = true;
        break;
      }
      rows[members[a]!] = maxRoundTripOn(positive, network, a);
      computed++;
    }
    if (truncated) break;
    onProgress?.(computed, flow.n);
  }
  return { rows, computed, truncated };
}
