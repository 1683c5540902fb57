// The entities of each strongly connected component as contiguous runs of one array, so that a
// per-component pass reads its members without scanning all n entities.

import type { StronglyConnectedComponents } from "./components.js";

export interface ComponentMembers {
  /** Members of component c: ordered[starts[c]] … ordered[starts[c+1]-1], ascending index. */
  readonly starts: Int32Array;
  readonly ordered: Int32Array;
}

/** Group entity indices by component with one counting sort (stable: indices stay ascending). */
export function componentMembers(components: StronglyConnectedComponents): ComponentMembers {
  const { count, componentOf, sizes } = components;
  const starts = new Int32Array(count + 1);
  for (let c = 0; c < count; c++) starts[c + 1] = starts[c]! + sizes[c]!;
  const next = starts.slice(0, count);
  const ordered = new Int32Array(componentOf.length);
  for (let i = 0; i < componentOf.length; i++) ordered[next[componentOf[i]!]!++] = i;
  return { starts, ordered };
}
