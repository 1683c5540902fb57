// The residual arcs of a capacitated network, built once and reused by every maximum flow solved
// on it (Dinic in max-flow.ts): typed arrays in adjacency order, so a node's arcs are read
// sequentially and a solve allocates nothing.

import type { FlowNetwork } from "./max-flow.js";

/** Relative saturation threshold: an arc is open while residual > RELATIVE_EPSILON · capacity. */
export const RELATIVE_EPSILON = 1e-12;

export interface ResidualNetwork {
  readonly network: FlowNetwork;
  /**
   * Arcs are numbered by position: those leaving node u are arcOffsets[u] … arcOffsets[u+1]−1,
   * in the order of arc ids (edge e gives id 2e along it, 2e + 1 against it).
   */
  readonly arcOffsets: Int32Array;
  /** arcId[k]: the id of the arc at position k (edge arcId >> 1, backward when odd). */
  readonly arcId: Int32Array;
  readonly head: Int32Array;
  /** reverse[k]: the position of the opposite arc. */
  readonly reverse: Int32Array;
  readonly threshold: Float64Array;
  /** Residual capacity by position; reset to initialResidual before each solve. */
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
  const arcOffsets = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) {
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      arcOffsets[u + 1]!++;
      arcOffsets[targets[e]! + 1]!++;
    }
  }
  for (let u = 0; u < n; u++) arcOffsets[u + 1]! += arcOffsets[u]!;
  // Place arc ids in ascending order: 2e at its tail u, 2e + 1 at its tail targets[e].
  const tailOf = new Int32Array(2 * m);
  for (let u = 0; u < n; u++) {
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      tailOf[2 * e] = u;
      tailOf[2 * e + 1] = targets[e]!;
    }
  }
  const fill = arcOffsets.slice(0, n);
  const positionOf = new Int32Array(2 * m);
  const arcId = new Int32Array(2 * m);
  for (let a = 0; a < 2 * m; a++) {
    const k = fill[tailOf[a]!]!++;
    positionOf[a] = k;
    arcId[k] = a;
  }
  const head = new Int32Array(2 * m);
  const reverse = new Int32Array(2 * m);
  const threshold = new Float64Array(2 * m);
  const initialResidual = new Float64Array(2 * m);
  for (let k = 0; k < 2 * m; k++) {
    const a = arcId[k]!;
    const e = a >> 1;
    head[k] = (a & 1) === 0 ? targets[e]! : tailOf[a ^ 1]!;
    reverse[k] = positionOf[a ^ 1]!;
    threshold[k] = RELATIVE_EPSILON * capacities[e]!;
    initialResidual[k] = (a & 1) === 0 ? capacities[e]! : 0;
  }
  return {
    network,
    arcOffsets,
    arcId,
    head,
    reverse,
    threshold,
    residual: new Float64Array(2 * m),
    initialResidual,
    level: new Int32Array(n + 1),
    queue: new Int32Array(n + 1),
    current: new Int32Array(n + 1),
    path: new Int32Array(n + 1),
  };
}
