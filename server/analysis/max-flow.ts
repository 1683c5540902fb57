// Maximum flow and a minimum cut on a capacitated directed network given as CSR arrays (Dinic).
// Floating-point capacities: an arc counts as saturated once its residual is within a relative
// 1e-12 of its edge's capacity, so rounding never leaves phantom augmenting paths.
// Reference: E. A. Dinic, "Algorithm for solution of a problem of maximum flow in networks with
// power estimation", Soviet Math. Doklady 11, 1970.

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

const RELATIVE_EPSILON = 1e-12;

/** Dinic's blocking-flow algorithm, iterative throughout. */
export function maxFlow(network: FlowNetwork, source: number, sink: number): MaxFlowResult {
  const { n, offsets, targets, capacities } = network;
  const m = targets.length;
  // Residual arcs: 2e forward (u → v), 2e + 1 backward (v → u).
  const residual = new Float64Array(2 * m);
  const arcHead = new Int32Array(2 * m);
  const arcTail = new Int32Array(2 * m);
  const arcOffsets = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) {
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      residual[2 * e] = capacities[e]!;
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
  // An arc is open while its residual exceeds a relative 1e-12 of its edge's capacity.
  const threshold = new Float64Array(2 * m);
  for (let a = 0; a < 2 * m; a++) threshold[a] = RELATIVE_EPSILON * capacities[a >> 1]!;

  const level = new Int32Array(n);
  const queue = new Int32Array(n);
  const current = new Int32Array(n);
  const path = new Int32Array(n);
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
      const end = arcOffsets[u + 1]!;
      for (let k = arcOffsets[u]!; k < end; k++) {
        const a = arcs[k]!;
        const v = arcHead[a]!;
        if (level[v] === -1 && residual[a]! > threshold[a]!) {
          level[v] = next;
          queue[tail++] = v;
        }
      }
      // NOTE: stop at the sink's level; deeper nodes cannot be on a shortest augmenting path.
      if (level[sink] !== -1 && next > level[sink]!) break;
    }
    return level[sink] !== -1;
  };

  while (source !== sink && bfs()) {
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
        const v = arcHead[a]!;
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

  bfs();
  const sourceSide = new Uint8Array(n);
  for (let u = 0; u < n; u++) sourceSide[u] = level[u] === -1 ? 0 : 1;
  const cut: number[] = [];
  let cutCapacity = 0;
  for (let u = 0; u < n; u++) {
    if (sourceSide[u] === 0) continue;
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      if (sourceSide[targets[e]!] === 0 && capacities[e]! > 0) {
        cut.push(e);
        cutCapacity += capacities[e]!;
      }
    }
  }
  return { value, cutCapacity, sourceSide, cutEdges: Int32Array.from(cut) };
}
