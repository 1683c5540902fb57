// Max round-trip of an entity (SPEC §4): split x into a source holding its out-edges and a sink
// holding its in-edges; the maximum flow between them with capacities W, and the deals on the
// minimum cut (`bottleneckDeals`). Only x's strongly connected component can carry it.
// Reference: L. R. Ford, D. R. Fulkerson, "Maximal flow through a network", Canadian J. Math. 8, 1956.

import { compareIds } from "./compare-ids.js";
import { stronglyConnectedComponents } from "./components.js";
import { UnknownEntityError } from "./errors.js";
import type { FlowMatrix } from "./flow-matrix.js";
import { maxFlow } from "./max-flow.js";
import { positiveFlow } from "./positive-flow.js";

export interface MaxRoundTrip {
  readonly id: string;
  /** Capacity of the minimum cut = the maximum flow from x back to x. */
  readonly maxRoundTripUsd: number;
  /** Ids of the deals on the minimum-cut edges, sorted. */
  readonly bottleneckDeals: readonly string[];
}

/** Max round-trip of one entity by id. */
export function computeMaxRoundTrip(flow: FlowMatrix, entity: string): MaxRoundTrip {
  const x = flow.indexOf.get(entity);
  if (x === undefined) throw new UnknownEntityError("computeMaxRoundTrip", entity);
  const positive = positiveFlow(flow);
  const { componentOf } = stronglyConnectedComponents(positive);
  return maxRoundTripAt(positive, componentOf, x);
}

/**
 * Max round-trip of entity index x, given the positive flow and its components (so that callers
 * computing every entity share one component pass).
 */
export function maxRoundTripAt(
  positive: FlowMatrix,
  componentOf: Int32Array,
  x: number,
): MaxRoundTrip {
  const id = positive.ids[x]!;
  const component = componentOf[x]!;
  const members: number[] = [];
  for (let i = 0; i < positive.n; i++) if (componentOf[i] === component) members.push(i);
  if (members.length < 2) return { id, maxRoundTripUsd: 0, bottleneckDeals: [] };
  // Local nodes: members in index order, plus the sink copy of x at the end.
  const s = members.length;
  const localOf = new Int32Array(positive.n).fill(-1);
  for (let a = 0; a < s; a++) localOf[members[a]!] = a;
  const sink = s;
  const offsets = new Int32Array(s + 2);
  const edgeList: number[] = [];
  const targetList: number[] = [];
  for (let a = 0; a < s; a++) {
    const i = members[a]!;
    for (let e = positive.offsets[i]!; e < positive.offsets[i + 1]!; e++) {
      const b = localOf[positive.targets[e]!]!;
      if (b < 0) continue;
      edgeList.push(e);
      targetList.push(positive.targets[e] === x ? sink : b);
    }
    offsets[a + 1] = edgeList.length;
  }
  offsets[s + 1] = edgeList.length;
  const targets = Int32Array.from(targetList);
  const capacities = Float64Array.from(edgeList, (e) => positive.weights[e]!);
  const result = maxFlow({ n: s + 1, offsets, targets, capacities }, localOf[x]!, sink);
  const deals: string[] = [];
  for (const k of result.cutEdges) deals.push(...positive.deals[edgeList[k]!]!);
  deals.sort(compareIds);
  return { id, maxRoundTripUsd: result.cutCapacity, bottleneckDeals: deals };
}
