// Maximum flow and a minimum cut on a capacitated directed network given as CSR arrays (Dinic).
// Floating-point capacities: an arc counts as saturated once its residual is within a relative
// 1e-12 of its edge's capacity, so rounding never leaves phantom augmenting paths.
// Reference: E. A. Dinic, "Algorithm for solution of a problem of maximum flow in networks with
// power estimation", Soviet Math. Doklady 11, 1970.

import { type ResidualNetwork, residualNetwork } from "./residual-network.js";

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
  return solveMaxFlow(residual, x, residual.network.n, x);
}

// `split` ≥ 0: forward arcs into `split` lead to `sink` instead, and the backward arcs of those
// edges (which belong to the sink) are skipped at `split`.
function solveMaxFlow(
  net: ResidualNetwork,
  source: number,
  sink: number,
  split: number,
): MaxFlowResult {
  const { network, arcOffsets, arcs, arcHead, arcTail, threshold, residual } = net;
  const { level, queue, current, path } = net;
  const { n, offsets, targets, capacities } = network;
  residual.set(net.initialResidual);
  const headOf = (a: number): number => {
    const v = arcHead[a]!;
    return v === split && (a & 1) === 0 ? sink : v;
  };
  let value = 0;
  const bfs = (): boolean => {
    level.fill(-1);
    level[source] = 0;
    queue[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const u = queue[head++]!;
      const next = level[u]! + 1;
      if (u < n) {
        const end = arcOffsets[u + 1]!;
        for (let k = arcOffsets[u]!; k < end; k++) {
          const a = arcs[k]!;
          if (u === split && (a & 1) === 1) continue;
          const v = headOf(a);
          if (level[v] === -1 && residual[a]! > threshold[a]!) {
            level[v] = next;
            queue[tail++] = v;
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
            const a = path[d]!;
            residual[a] = residual[a]! - bottleneck;
            residual[a ^ 1] = residual[a ^ 1]! + bottleneck;
          }
          value += bottleneck;
          depth = 0;
          u = source;
          continue;
        }
        let advanced = false;
        for (; current[u]! < arcOffsets[u + 1]!; current[u]!++) {
          const a = arcs[current[u]!]!;
          if (u === split && (a & 1) === 1) continue;
          const v = headOf(a);
          if (level[v] === level[u]! + 1 && residual[a]! > threshold[a]!) {
            path[depth++] = a;
            u = v;
            advanced = true;
            break;
          }
        }
        if (advanced) continue;
        level[u] = -1;
        if (depth === 0) break;
        const back = path[--depth]!;
        u = arcTail[back]!;
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
