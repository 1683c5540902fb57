// Max round-trip of an entity (SPEC §4): split x into a source holding its out-edges and a sink
// holding its in-edges; the maximum flow between them with capacities W, and the deals on the
// minimum cut (`bottleneckDeals`). Only x's strongly connected component can carry it.
// Reference: L. R. Ford, D. R. Fulkerson, "Maximal flow through a network", Canadian J. Math. 8, 1956.

import { compareIds } from "./build-financing-graph.js";
import { stronglyConnectedComponents } from "./components.js";
import { UnknownEntityError } from "./errors.js";
import type { FlowMatrix } from "./flow-matrix.js";
import { splitMaxFlow } from "./max-flow.js";
import { positiveFlow } from "./positive-flow.js";
import { type RoundTripNetwork, roundTripNetwork } from "./round-trip-network.js";

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

/** Max round-trip of entity index x, given the positive flow and its components. */
export function maxRoundTripAt(
  positive: FlowMatrix,
  componentOf: Int32Array,
  x: number,
): MaxRoundTrip {
  const component = componentOf[x]!;
  const members: number[] = [];
  for (let i = 0; i < positive.n; i++) if (componentOf[i] === component) members.push(i);
  if (members.length < 2) return { id: positive.ids[x]!, maxRoundTripUsd: 0, bottleneckDeals: [] };
  const localOf = new Int32Array(positive.n).fill(-1);
  const network = roundTripNetwork(positive, Int32Array.from(members), localOf);
  return maxRoundTripOn(positive, network, members.indexOf(x));
}

/** Max round-trip of local node a of a component's network (reused across its members). */
export function maxRoundTripOn(
  positive: FlowMatrix,
  network: RoundTripNetwork,
  a: number,
): MaxRoundTrip {
  const result = splitMaxFlow(network.residual, a);
  const deals: string[] = [];
  // One push per deal: a pair may carry more parallel deals than a call takes arguments.
  for (const k of result.cutEdges)
    for (const id of positive.deals[network.edgeOf[k]!]!) deals.push(id);
  deals.sort(compareIds);
  return {
    id: positive.ids[network.members[a]!]!,
    maxRoundTripUsd: result.cutCapacity,
    bottleneckDeals: deals,
  };
}
