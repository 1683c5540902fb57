// Counts elementary cycles (SPEC §3) without materialising them: what `roundtrip cycles --count` runs.

import type { CycleOptions, CycleTruncation } from "./cycle-options.js";
import type { FlowMatrix } from "./flow-matrix.js";
import { forEachCycle } from "./for-each-cycle.js";

export interface CycleCount extends CycleTruncation {
  readonly count: number;
}

const keepGoing = () => true;

/** Number of elementary cycles within the bounds; `truncated` says whether a bound cut the count. */
export function countCycles(flow: FlowMatrix, options: Partial<CycleOptions> = {}): CycleCount {
  const { found, truncated, truncatedReason } = forEachCycle(flow, options, keepGoing);
  return { count: found, truncated, truncatedReason };
}
