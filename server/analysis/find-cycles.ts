// Collects the elementary cycles of the flow matrix (SPEC §3) into the canonical report:
// canonical rotation, bottleneck and the hop that sets it, the committed view's bottleneck, the
// included deals on each hop, canonical order.

import { compareCycles } from "./compare-cycles.js";
import type { CycleOptions, CycleTruncation } from "./cycle-options.js";
import { InvalidOptionError } from "./errors.js";
import type { FlowMatrix } from "./flow-matrix.js";
import { forEachCycle } from "./for-each-cycle.js";

export interface Cycle {
  /** Entity ids, rotated so that the smallest id (JavaScript string order) comes first. */
  readonly nodes: string[];
  /** min of W over the hops (0 when a hop carries only undisclosed amounts). */
  readonly bottleneckUsd: number;
  /** Index k of the hop nodes[k] → nodes[(k+1) % length] with the smallest W (first on ties). */
  readonly bottleneckHop: number;
  /**
   * The same minimum under the committed view (SPEC §3; 0 when a hop has no committed deal).
   * Present when findCycles is given the committed flow matrix; analyzeDataset always gives it.
   */
  readonly committedBottleneckUsd?: number;
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
export function findCycles(
  flow: FlowMatrix,
  options: Partial<CycleOptions> = {},
  committedFlow: FlowMatrix | null = null,
): CycleReport {
  const { ids, weights, deals } = flow;
  if (committedFlow !== null && committedFlow.ids.join("\u0000") !== ids.join("\u0000")) {
    throw new InvalidOptionError(
      "findCycles: expected committedFlow over the same entities as flow, received a different set",
    );
  }
  // The committed view's W on each edge of `flow`, looked up once rather than once per hop.
  const committedWeights = committedFlow === null ? null : edgeWeightsIn(flow, committedFlow);
  const cycles: Cycle[] = [];
  const { truncated, truncatedReason } = forEachCycle(flow, options, (path, length, hops) => {
    const nodes = new Array<string>(length);
    const hopDeals = new Array<string[]>(length);
    let bottleneckUsd = Number.POSITIVE_INFINITY;
    let committedBottleneckUsd = Number.POSITIVE_INFINITY;
    let at = 0;
    for (let k = 0; k < length; k++) {
      const edge = hops[k]!;
      nodes[k] = ids[path[k]!]!;
      hopDeals[k] = deals[edge]!.slice();
      if (weights[edge]! < bottleneckUsd) {
        bottleneckUsd = weights[edge]!;
        at = k;
      }
      if (committedWeights !== null && committedWeights[edge]! < committedBottleneckUsd)
        committedBottleneckUsd = committedWeights[edge]!;
    }
    // The enumeration starts each cycle at its smallest index; canonical form starts at the
    // smallest id, which is the same entity (ids are indexed in string order).
    cycles.push(
      committedWeights === null
        ? { nodes, bottleneckUsd, bottleneckHop: at, deals: hopDeals }
        : { nodes, bottleneckUsd, bottleneckHop: at, deals: hopDeals, committedBottleneckUsd },
    );
  });
  cycles.sort(compareCycles);
  return { cycles, truncated, truncatedReason };
}

/** For each edge of `flow`, W of the same pair in `other` (over the same entities; 0 when absent). */
function edgeWeightsIn(flow: FlowMatrix, other: FlowMatrix): Float64Array {
  const result = new Float64Array(flow.weights.length);
  for (let edge = 0; edge < result.length; edge++)
    result[edge] = weightOf(other, flow.sources[edge]!, flow.targets[edge]!);
  return result;
}

/** W[i][j] of a flow matrix over the same entities (0 when no deal is included on the pair). */
function weightOf(flow: FlowMatrix, i: number, j: number): number {
  const { offsets, targets, weights } = flow;
  let lo = offsets[i]!;
  let hi = offsets[i + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = targets[mid]!;
    if (t === j) return weights[mid]!;
    if (t < j) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}
