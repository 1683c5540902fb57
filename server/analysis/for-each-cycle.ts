// Streams the elementary directed cycles of the flow matrix's edge graph (SPEC §3), each exactly
// once, up to a length bound, without recursion and without allocating per step. Each start s
// searches its component among vertices > s; a lock bounds the position a vertex may take, seeded
// from its distance back to s and raised through B-lists when a vertex pops, so the bound prunes
// without ever losing a cycle.
// Reference: D. B. Johnson, "Finding all the elementary circuits of a directed graph", SIAM J.
// Comput. 4(1), 1975; A. Gupta and T. Suzumura, "Finding All Bounded-Length Simple Cycles in a
// Directed Graph", arXiv:2105.10094, 2021 (locks + relaxation instead of blocked flags).

import { stronglyConnectedComponents } from "./components.js";
import {
  type CycleOptions,
  type CycleTruncation,
  type CycleTruncationReason,
  resolveCycleOptions,
} from "./cycle-options.js";
import type { FlowMatrix } from "./flow-matrix.js";

/**
 * Receives one cycle: entity indices nodes[0] … nodes[length-1] (nodes[0] is the smallest index,
 * so the rotation is already canonical) and edges[k], the FlowMatrix edge index of the hop
 * nodes[k] → nodes[(k+1) % length]. NOTE: both buffers are reused for the next cycle: copy what
 * you keep. Return `false` to stop the enumeration.
 */
export type CycleVisitor = (nodes: Int32Array, length: number, edges: Int32Array) => unknown;

export interface CycleSearchResult extends CycleTruncation {
  /** Cycles delivered to the visitor. */
  readonly found: number;
}

const CLOCK_MASK = 4095;
const PROGRESS_INTERVAL_MS = 100;

/**
 * Visit every elementary cycle of at most `maxLength` hops in a deterministic order: by smallest
 * entity index, then depth-first along out-edges in target order. Stops at `maxCycles` (the next
 * cycle found marks the result truncated), at `timeBudgetMs`, or when the visitor returns false.
 */
export function forEachCycle(
  flow: FlowMatrix,
  options: Partial<CycleOptions>,
  visit: CycleVisitor,
): CycleSearchResult {
  const { maxLength, maxCycles, timeBudgetMs, onProgress } = resolveCycleOptions(
    "forEachCycle",
    options,
  );
  const { n, offsets, targets, inOffsets, inEdges, sources } = flow;
  const deadline = Date.now() + timeBudgetMs;
  const watchClock = timeBudgetMs !== Number.POSITIVE_INFINITY || onProgress !== undefined;
  let lastProgress = Date.now();
  let found = 0;
  let reason: CycleTruncationReason | null = null;
  const bound = Math.min(maxLength, n);
  if (bound < 2) return { found, truncated: false, truncatedReason: null };
  const none = bound + 1;

  const { componentOf, sizes } = stronglyConnectedComponents(flow);
  const m = targets.length;
  // Meet in the middle: the exact distance back to s is known within `horizon` hops (backward
  // BFS); any other candidate is farther, so it may only sit at positions < bound - horizon.
  const horizon = Math.max(1, Math.floor(bound / 2));
  const farLock = bound - horizon;
  // lock[v] (valid when mark[v] === s): v may enter the path only at a position < lock[v].
  const lock = new Int32Array(n);
  const mark = new Int32Array(n).fill(-1);
  const onPath = new Uint8Array(n);
  // B-lists as linked lists of edge indices: edge f (u → w) in B[w] means "relax u when w relaxes".
  const bHead = new Int32Array(n).fill(-1);
  const bNext = new Int32Array(m);
  const inB = new Uint8Array(m);
  // Vertices whose lock or B-list this start touched; the backward BFS queue is its prefix.
  const touched = new Int32Array(n);
  const distance = new Int32Array(n);
  const relaxNode = new Int32Array(n);
  const relaxDistance = new Int32Array(n);
  const path = new Int32Array(bound + 1);
  const hops = new Int32Array(bound + 1);
  const cursor = new Int32Array(bound + 1);
  const blen = new Int32Array(bound + 1);
  let steps = 0;

  const clockExpired = (): boolean => {
    const now = Date.now();
    if (onProgress !== undefined && now - lastProgress >= PROGRESS_INTERVAL_MS) {
      lastProgress = now;
      onProgress(found);
    }
    return now >= deadline;
  };

  for (let s = 0; s < n && reason === null; s++) {
    const component = componentOf[s]!;
    if (sizes[component]! < 2) continue;
    if (watchClock && clockExpired()) {
      reason = "timeBudget";
      break;
    }
    // Candidates are the vertices > s of s's component. A candidate at distance d from s can
    // sit at path position i only if i + d ≤ bound.
    touched[0] = s;
    mark[s] = s;
    distance[s] = 0;
    lock[s] = 0;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = touched[head++]!;
      const dv = distance[v]!;
      if (dv >= horizon) continue;
      for (let k = inOffsets[v]!, end = inOffsets[v + 1]!; k < end; k++) {
        const u = sources[inEdges[k]!]!;
        if (u <= s || mark[u] === s || componentOf[u] !== component) continue;
        mark[u] = s;
        distance[u] = dv + 1;
        lock[u] = bound - dv;
        touched[tail++] = u;
      }
    }
    // s has no predecessor among the candidates: no cycle has s as its smallest vertex.
    if (tail === 1) {
      lock[s] = 0;
      continue;
    }

    let depth = 0;
    path[0] = s;
    cursor[0] = offsets[s]!;
    blen[0] = none;
    onPath[s] = 1;
    search: while (depth >= 0) {
      const v = path[depth]!;
      const next = depth + 1;
      const end = offsets[v + 1]!;
      let p = cursor[depth]!;
      for (; p < end; p++) {
        const w = targets[p]!;
        if (w === s) {
          if (found >= maxCycles) {
            reason = "maxCycles";
            break search;
          }
          found++;
          hops[depth] = p;
          blen[depth] = 1;
          if (visit(path, next, hops) === false) {
            reason = "stopped";
            break search;
          }
        } else if (mark[w] === s) {
          if (next < lock[w]!) break;
        } else if (next < farLock && w > s && componentOf[w] === component) {
          mark[w] = s;
          lock[w] = farLock;
          touched[tail++] = w;
          break;
        }
      }
      if (p < end) {
        const w = targets[p]!;
        cursor[depth] = p + 1;
        hops[depth] = p;
        path[next] = w;
        lock[w] = next + 1;
        onPath[w] = 1;
        blen[next] = none;
        cursor[next] = offsets[w]!;
        depth = next;
        if (watchClock && (++steps & CLOCK_MASK) === 0 && clockExpired()) {
          reason = "timeBudget";
          break;
        }
        continue;
      }
      // v is exhausted: pop it.
      onPath[v] = 0;
      const bl = blen[depth]!;
      depth--;
      if (depth < 0) break;
      if (bl < none) {
        if (bl + 1 < blen[depth]!) blen[depth] = bl + 1;
        // v reaches s in bl hops: it may return at positions < bound - bl + 1, and so may
        // whatever waits on it, one hop further each.
        const target = bound - bl + 1;
        if (lock[v]! < target) {
          lock[v] = target;
          relaxNode[0] = v;
          relaxDistance[0] = bl;
          let rHead = 0;
          let rTail = 1;
          while (rHead < rTail) {
            const u = relaxNode[rHead]!;
            const d = relaxDistance[rHead++]! + 1;
            const raised = bound - d + 1;
            if (raised <= 0) continue;
            for (let f = bHead[u]!; f !== -1; f = bNext[f]!) {
              const x = sources[f]!;
              if (onPath[x] === 1 || lock[x]! >= raised) continue;
              lock[x] = raised;
              relaxNode[rTail] = x;
              relaxDistance[rTail++] = d;
            }
          }
        }
      }
      // Wait on every out-neighbour whether or not v reached s: a shorter route that opens up
      // later through a neighbour must relax v too (the locks are distances, not flags).
      for (let f = offsets[v]!; f < end; f++) {
        const w = targets[f]!;
        if (w === s || inB[f] === 1) continue;
        if (mark[w] !== s) {
          if (w < s || componentOf[w] !== component) continue;
          mark[w] = s;
          lock[w] = farLock;
          touched[tail++] = w;
        }
        inB[f] = 1;
        bNext[f] = bHead[w]!;
        bHead[w] = f;
      }
    }

    for (let k = 0; k < tail; k++) {
      const x = touched[k]!;
      lock[x] = 0;
      onPath[x] = 0;
      for (let f = bHead[x]!; f !== -1; f = bNext[f]!) inB[f] = 0;
      bHead[x] = -1;
    }
  }
  return { found, truncated: reason !== null, truncatedReason: reason };
}
