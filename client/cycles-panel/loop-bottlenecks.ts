// A loop's bottleneck in both views (SPEC §3): the smallest W over its hops and the hop that sets
// it (first on ties), announced and committed. The engine gives the current view's hop and the
// committed minimum; the card shows both sides, each with its limiting hop.

import type { FlowMatrix, View } from "@engine";

export interface LoopBottleneck {
  usd: number;
  /** The limiting hop has counted deals whose amounts are all undisclosed (W = 0 there). */
  undisclosed: boolean;
  /** Index k of the hop nodes[k] → nodes[(k+1) % length] that limits the loop. */
  hop: number;
}

/** W[i][j] by ids; 0 when no deal on the pair is counted. */
export function pairWeight(flow: FlowMatrix, from: string, to: string): number {
  const e = pairEdge(flow, from, to);
  return e === -1 ? 0 : flow.weights[e]!;
}

/** The edge of W from → to, −1 when no deal on the pair is counted. */
function pairEdge(flow: FlowMatrix, from: string, to: string): number {
  const i = flow.indexOf.get(from);
  const j = flow.indexOf.get(to);
  if (i === undefined || j === undefined) return -1;
  let lo = flow.offsets[i]!;
  let hi = flow.offsets[i + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const target = flow.targets[mid]!;
    if (target === j) return mid;
    if (target < j) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export function loopBottleneck(flow: FlowMatrix, nodes: readonly string[]): LoopBottleneck {
  let usd = Number.POSITIVE_INFINITY;
  let hop = 0;
  let edge = -1;
  nodes.forEach((from, k) => {
    const e = pairEdge(flow, from, nodes[(k + 1) % nodes.length]!);
    const weight = e === -1 ? 0 : flow.weights[e]!;
    if (weight < usd) {
      usd = weight;
      hop = k;
      edge = e;
    }
  });
  return { usd: Number.isFinite(usd) ? usd : 0, hop, undisclosed: usd === 0 && edge !== -1 };
}

export function loopBottlenecks(
  flows: Readonly<Record<View, FlowMatrix>>,
  nodes: readonly string[],
): Record<View, LoopBottleneck> {
  return {
    announced: loopBottleneck(flows.announced, nodes),
    committed: loopBottleneck(flows.committed, nodes),
  };
}
