// The residual arcs of a capacitated network, built once and reused by every maximum flow solved
// on it (Dinic in max-flow.ts): typed arrays only, so a solve allocates nothing.

import type { FlowNetwork } from "./max-flow.js";

/** Relative saturation threshold: an arc is open while residual > RELATIVE_EPSILON · capacity. */
export const RELATIVE_EPSILON = 1e-12;

export interface ResidualNetwork {
  readonly network: FlowNetwork;
  /** Arcs of node u: arcs[arcOffsets[u]] … arcs[arcOffsets[u+1]−1], in arc index order. */
  readonly arcOffsets: Int32Array;
  readonly arcs: Int32Array;
  /** Arc 2e runs along edge e (tail → head), arc 2e + 1 against it. */
  readonly arcHead: Int32Array;
  readonly arcTail: Int32Array;
  readonly threshold: Float64Array;
  /** Residual capacity of each arc; reset to the capacities before each solve. */
  readonly residual: Float64Array;
  readonly initialResidual: Float64Array;
  /** Scratch of length n + 1 (room for a split sink at index n). */
  readonly level: Int32Array;
  readonly queue: Int32Array;
  readonly current: Int32Array;
  readonly path: Int32Array;
}

/** Build the residual arcs of `network`. */
export function residualNetwork(network: FlowNetwork): ResidualNetwork {
  const { n, offsets, targets, capacities } = network;
  const m = targets.length;
  const initialResidual = new Float64Array(2 * m);
  const arcHead = new Int32Array(2 * m);
  const arcTail = new Int32Array(2 * m);
  const arcOffsets = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) {
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      initialResidual[2 * e] = capacities[e]!;
      arcHead[2 * e] = targets[e]!;
      arcTail[2 * e] = u;
      arcHead[2 * e + 1] = u;
      arcTail[2 * e + 1] = targets[e]!;
      arcOffsets[u + 1]!++;
      arcOffsets[targets[e]! + 1]!++;
    }
  }
  for (let u = 0; u < n; u++) arcOffsets[u + 1]! += arcOffsets[u]!;
  const arcs = new Int32Array(2 * m);
  const fill = arcOffsets.slice(0, n);
  for (let a = 0; a < 2 * m; a++) arcs[fill[arcTail[a]!]!++] = a;
  const threshold = new Float64Array(2 * m);
  for (let a = 0; a < 2 * m; a++) threshold[a] = RELATIVE_EPSILON * capacities[a >> 1]!;
  return {
    network,
    arcOffsets,
    arcs,
    arcHead,
    arcTail,
    threshold,
    residual: new Float64Array(2 * m),
    initialResidual,
    level: new Int32Array(n + 1),
    queue: new Int32Array(n + 1),
    current: new Int32Array(n + 1),
    path: new Int32Array(n + 1),
  };
}
