// Max round-trip of every entity (SPEC §4) within a time budget, for exports of networks too large
// to solve at once: the entities alone in their component first (0, at no cost), then each
// component's network built once and solved member by member until the budget runs out.
// Reference: E. A. Dinic, Soviet Math. Doklady 11, 1970 (the solves, in max-flow.ts).

import { stronglyConnectedComponents } from "./components.js";
import { InvalidOptionError } from "./errors.js";
import type { FlowMatrix } from "./flow-matrix.js";
import type { MaxRoundTrip } from "./max-round-trip.js";
import { solveMaxRoundTrips } from "./max-round-trips.js";
import { positiveFlow } from "./positive-flow.js";

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
  const alone = components.sizes.reduce((sum, size) => sum + (size < 2 ? 1 : 0), 0);
  onProgress?.(alone, flow.n);
  const solved = solveMaxRoundTrips(
    positive,
    components,
    () => Date.now() >= deadline,
    (singles, done) => onProgress?.(singles + done, flow.n),
  );
  return { rows: solved.rows, computed: solved.alone + solved.done, truncated: solved.stopped };
}
