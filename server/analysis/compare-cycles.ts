// The canonical order of cycles (SPEC §3): bottleneck descending, then node lists element by element.

import { compareIds } from "./compare-ids.js";

/** Sort comparator: larger `bottleneckUsd` first, then node ids in JavaScript string order. */
export function compareCycles(
  a: { readonly nodes: readonly string[]; readonly bottleneckUsd: number },
  b: { readonly nodes: readonly string[]; readonly bottleneckUsd: number },
): number {
  if (a.bottleneckUsd !== b.bottleneckUsd) return a.bottleneckUsd > b.bottleneckUsd ? -1 : 1;
  const length = Math.min(a.nodes.length, b.nodes.length);
  for (let k = 0; k < length; k++) {
    const order = compareIds(a.nodes[k]!, b.nodes[k]!);
    if (order !== 0) return order;
  }
  return a.nodes.length - b.nodes.length;
}
