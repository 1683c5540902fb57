// Maximum flow and a minimum cut on a capacitated directed network given as CSR arrays (Dinic).
// Floating-point capacities: an arc counts as saturated once its residual is within a relative
// 1e-12 of its edge's capacity, so rounding never leaves phantom augmenting paths.
// Reference: E. A. Dinic, "Algorithm for solution of a problem of maximum flow in networks with
// power estimation", Soviet Math. Doklady 11, 1970.

import { RELATIVE_EPSILON, type ResidualNetwork, residualNetwork } from "./residual-network.js";

export interface FlowNetwork {
  /** Number of nodes. */
  readonly n: number;
  /** Forward edges of node u: offsets[u] … offsets[u+1]−1. */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** Capacity of each forward edge (≥ 0). */
  readonly capacities: Float64Array;
}

export interface MaxFlowResult {
  /** Value of the flow found (Σ flow out of the source). */
  readonly value: number;
  /** Capacity of the minimum cut (source side = nodes reachable in the final residual graph). */
  readonly cutCapacity: number;
  /** sourceSide[u] = 1 when u is reachable from the source in the final residual graph. */
  readonly sourceSide: Uint8Array;
  /** Forward edges from the source side to the sink side: the minimum cut. */
  readonly cutEdges: Int32Array;
}

/** Dinic's blocking-flow algorithm, iterative throughout. */
export function maxFlow(network: FlowNetwork, source: number, sink: number): MaxFlowResult {
  return solveMaxFlow(residualNetwork(network), source, sink, -1);
}

/**
 * Maximum flow from x back to x on a reused residual network: x is split into a source holding
 * its out-edges and a sink (node n, outside the network) holding its in-edges. The network's
 * residuals are reset first, so any number of entities can be solved on one build; the result is
 * the same as `maxFlow` on a copy of the network whose edges into x are redirected to a new node.
 */
export function splitMaxFlow(residual: ResidualNetwork, x: number): MaxFlowResult {
  const { arcOffsets, arcId, head, reverse, threshold, network } = residual;
  const sink = network.n;
  // Re-point the edges into x at the sink and close the backward arcs at x that now belong to the
  // sink (an infinite threshold never opens); both are restored after the solve.
  for (let k = arcOffsets[x]!; k < arcOffsets[x + 1]!; k++) {
    if ((arcId[k]! & 1) === 0) continue;
    head[reverse[k]!] = sink;
    threshold[k] = Number.POSITIVE_INFINITY;
  }
  const result = solveMaxFlow(residual, x, sink, x);
  for (let k = arcOffsets[x]!; k < arcOffsets[x + 1]!; k++) {
    if ((arcId[k]! & 1) === 0) continue;
    head[reverse[k]!] = x;
    threshold[k] = RELATIVE_EPSILON * network.capacities[arcId[k]! >> 1]!;
  }
  return result;
}

// `split` ≥ 0: the network's edges into `split` lead to `sink` (for the cut; the arcs are already
// re-pointed).
function solveMaxFlow(
  net: ResidualNetwork,
  source: number,
  sink: number,
  split: number,
): MaxFlowResult {
  const { network, arcOffsets, head, reverse, threshold, residual } = net;
  const { level, queue, current, path } = net;
  const { n, offsets, targets, capacities } = network;
  residual.set(net.initialResidual);
  let value = 0;
  const bfs = (): boolean => {
    level.fill(-1);
    level[source] = 0;
    queue[0] = source;
    let first = 0;
    let last = 1;
    while (first < last) {
      const u = queue[first++]!;
      const next = level[u]! + 1;
      if (u < n) {
        const end = arcOffsets[u + 1]!;
        for (let k = arcOffsets[u]!; k < end; k++) {
          const v = head[k]!;
          if (level[v] === -1 && residual[k]! > threshold[k]!) {
            level[v] = next;
            queue[last++] = v;
          }
        }
      }
      // NOTE: stop at the sink's level; deeper nodes cannot be on a shortest augmenting path.
      if (level[sink] !== -1 && next > level[sink]!) break;
    }
    return level[sink] !== -1;
  };

  // The last, failing search leaves `level` = reachability in the final residual graph: the cut.
  if (source === sink) bfs();
  else
    while (bfs()) {
      current.set(arcOffsets.subarray(0, n));
      let depth = 0;
      let u = source;
      while (true) {
        if (u === sink) {
          let bottleneck = Number.POSITIVE_INFINITY;
          for (let d = 0; d < depth; d++) bottleneck = Math.min(bottleneck, residual[path[d]!]!);
          for (let d = 0; d < depth; d++) {
            const k = path[d]!;
            residual[k] = residual[k]! - bottleneck;
            const back = reverse[k]!;
            residual[back] = residual[back]! + bottleneck;
          }
          value += bottleneck;
          depth = 0;
          u = source;
          continue;
        }
        let advanced = false;
        for (; current[u]! < arcOffsets[u + 1]!; current[u]!++) {
          const k = current[u]!;
          const v = head[k]!;
          if (level[v] === level[u]! + 1 && residual[k]! > threshold[k]!) {
            path[depth++] = k;
            u = v;
            advanced = true;
            break;
          }
        }
        if (advanced) continue;
        level[u] = -1;
        if (depth === 0) break;
        const back = path[--depth]!;
        u = head[reverse[back]!]!;
        current[u]!++;
      }
    }

  const sourceSide = new Uint8Array(n);
  for (let u = 0; u < n; u++) sourceSide[u] = level[u] === -1 ? 0 : 1;
  const cut: number[] = [];
  let cutCapacity = 0;
  for (let u = 0; u < n; u++) {
    if (sourceSide[u] === 0) continue;
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      const v = targets[e] === split ? sink : targets[e]!;
      if ((v === sink || sourceSide[v] === 0) && capacities[e]! > 0) {
        cut.push(e);
        cutCapacity += capacities[e]!;
      }
    }
  }
  return { value, cutCapacity, sourceSide, cutEdges: Int32Array.from(cut) };
}
