// The flow network of one strongly connected component of the positive flow, with capacities W,
// built once so that the max round-trip of every member is solved on it (SPEC §4).

import type { FlowMatrix } from "./flow-matrix.js";
import { type ResidualNetwork, residualNetwork } from "./residual-network.js";

export interface RoundTripNetwork {
  /** members[a]: the entity index of local node a (ascending). */
  readonly members: Int32Array;
  /** Residual arcs over the local nodes; solve with splitMaxFlow(residual, a). */
  readonly residual: ResidualNetwork;
  /** edgeOf[e]: the positive-flow edge of local edge e (for its deals). */
  readonly edgeOf: Int32Array;
}

/**
 * Build the network of `members` (entity indices of one component, ascending). `localOf` is
 * scratch of length n filled with −1; it is restored before returning.
 */
export function roundTripNetwork(
  positive: FlowMatrix,
  members: Int32Array,
  localOf: Int32Array,
): RoundTripNetwork {
  const s = members.length;
  for (let a = 0; a < s; a++) localOf[members[a]!] = a;
  let m = 0;
  for (let a = 0; a < s; a++) {
    const i = members[a]!;
    for (let e = positive.offsets[i]!; e < positive.offsets[i + 1]!; e++) {
      if (localOf[positive.targets[e]!]! >= 0) m++;
    }
  }
  const offsets = new Int32Array(s + 1);
  const targets = new Int32Array(m);
  const capacities = new Float64Array(m);
  const edgeOf = new Int32Array(m);
  let k = 0;
  for (let a = 0; a < s; a++) {
    const i = members[a]!;
    for (let e = positive.offsets[i]!; e < positive.offsets[i + 1]!; e++) {
      const b = localOf[positive.targets[e]!]!;
      if (b < 0) continue;
      edgeOf[k] = e;
      targets[k] = b;
      capacities[k++] = positive.weights[e]!;
    }
    offsets[a + 1] = k;
  }
  for (let a = 0; a < s; a++) localOf[members[a]!] = -1;
  return {
    members,
    residual: residualNetwork({ n: s, offsets, targets, capacities }),
    edgeOf,
  };
}
