// The flow matrix restricted to pairs that carry money (W > 0): the graph on which round-trip
// shares and max-flow are solved, since an edge of undisclosed amount moves nothing.

import type { FlowMatrix } from "./flow-matrix.js";

/** A FlowMatrix over the same entities keeping only edges with W > 0 (deal lists kept). */
export function positiveFlow(flow: FlowMatrix): FlowMatrix {
  const { n, targets, weights, deals, sources } = flow;
  const keep: number[] = [];
  for (let e = 0; e < targets.length; e++) if (weights[e]! > 0) keep.push(e);
  if (keep.length === targets.length) return flow;
  const m = keep.length;
  const newOffsets = new Int32Array(n + 1);
  const newTargets = new Int32Array(m);
  const newSources = new Int32Array(m);
  const newWeights = new Float64Array(m);
  const newDeals: (readonly string[])[] = [];
  const inOffsets = new Int32Array(n + 1);
  for (let k = 0; k < m; k++) {
    const e = keep[k]!;
    newTargets[k] = targets[e]!;
    newSources[k] = sources[e]!;
    newWeights[k] = weights[e]!;
    newDeals.push(deals[e]!);
    newOffsets[sources[e]! + 1]!++;
    inOffsets[targets[e]! + 1]!++;
  }
  for (let i = 0; i < n; i++) {
    newOffsets[i + 1]! += newOffsets[i]!;
    inOffsets[i + 1]! += inOffsets[i]!;
  }
  const cursor = inOffsets.slice(0, n);
  const inEdges = new Int32Array(m);
  for (let k = 0; k < m; k++) inEdges[cursor[newTargets[k]!]!++] = k;
  return {
    ...flow,
    offsets: newOffsets,
    targets: newTargets,
    sources: newSources,
    weights: newWeights,
    deals: newDeals,
    inOffsets,
    inEdges,
  };
}
