// Collects the elementary cycles of the flow matrix (SPEC §3) into the canonical report:
// canonical rotation, bottleneck, the included deals on each hop, canonical order.

import { compareCycles } from "./compare-cycles.js";
import type { CycleOptions, CycleTruncation } from "./cycle-options.js";
import type { FlowMatrix } from "./flow-matrix.js";
import { forEachCycle } from "./for-each-cycle.js";

export interface Cycle {
  /** Entity ids, rotated so that the smallest id (JavaScript string order) comes first. */
  readonly nodes: string[];
  /** min of W over the hops (0 when a hop carries only undisclosed amounts). */
  readonly bottleneckUsd: number;
  /** deals[k]: the included deal ids on hop nodes[k] → nodes[(k+1) % length], in id order. */
  readonly deals: string[][];
}

export interface CycleReport extends CycleTruncation {
  readonly cycles: Cycle[];
}

/**
 * Every elementary cycle within the bounds, sorted by bottleneck descending then node ids. When
 * `maxCycles` cuts the enumeration, the first `maxCycles` cycles of the deterministic enumeration
 * order are kept, then sorted.
 */
export function findCycles(flow: FlowMatrix, options: Partial<CycleOptions> = {}): CycleReport {
  const { ids, weights, deals } = flow;
  const cycles: Cycle[] = [];
  const { truncated, truncatedReason } = forEachCycle(flow, options, (path, length, hops) => {
    const nodes = new Array<string>(length);
    const hopDeals = new Array<string[]>(length);
    let bottleneckUsd = Number.POSITIVE_INFINITY;
    for (let k = 0; k < length; k++) {
      const edge = hops[k]!;
      nodes[k] = ids[path[k]!]!;
      hopDeals[k] = [...deals[edge]!];
      if (weights[edge]! < bottleneckUsd) bottleneckUsd = weights[edge]!;
    }
    cycles.push({ nodes, bottleneckUsd, deals: hopDeals });
  });
  cycles.sort(compareCycles);
  return { cycles, truncated, truncatedReason };
}
