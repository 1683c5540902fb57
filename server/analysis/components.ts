// Strongly connected components of the flow matrix's edge graph (pairs with an included deal),
// found without recursion so that a 100k-node ring cannot overflow the call stack.
// Reference: R. Tarjan, "Depth-first search and linear graph algorithms", SIAM J. Comput. 1(2), 1972.

import type { FlowMatrix } from "./flow-matrix.js";

export interface StronglyConnectedComponents {
  /** Number of components (singletons included). */
  readonly count: number;
  /**
   * componentOf[i]: the component of entity index i. Components are numbered in the order Tarjan
   * completes them, which is a reverse topological order of the condensation (sinks first).
   */
  readonly componentOf: Int32Array;
  /** sizes[c]: number of entities in component c. */
  readonly sizes: Int32Array;
}

/** Iterative Tarjan over the CSR arrays; roots are tried in index (id) order, so output is deterministic. */
export function stronglyConnectedComponents(flow: FlowMatrix): StronglyConnectedComponents {
  const { n, offsets, targets } = flow;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const componentOf = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  const sizeList: number[] = [];
  let stackTop = 0;
  let nextIndex = 0;
  let count = 0;

  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = offsets[root]!;
    index[root] = low[root] = nextIndex++;
    stack[stackTop++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callNode[depth]!;
      const edge = callEdge[depth]!;
      if (edge < offsets[v + 1]!) {
        callEdge[depth] = edge + 1;
        const w = targets[edge]!;
        if (index[w] === -1) {
          index[w] = low[w] = nextIndex++;
          stack[stackTop++] = w;
          onStack[w] = 1;
          depth++;
          callNode[depth] = w;
          callEdge[depth] = offsets[w]!;
        } else if (onStack[w] === 1 && index[w]! < low[v]!) {
          low[v] = index[w]!;
        }
        continue;
      }
      if (low[v] === index[v]) {
        let size = 0;
        let w: number;
        do {
          w = stack[--stackTop]!;
          onStack[w] = 0;
          componentOf[w] = count;
          size++;
        } while (w !== v);
        sizeList.push(size);
        count++;
      }
      depth--;
      if (depth >= 0) {
        const parent = callNode[depth]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
    }
  }
  return { count, componentOf, sizes: Int32Array.from(sizeList) };
}
