// The deal in force that replaced a deal: the first deal drawn under the current filters and date
// among those that supersede it, directly or through a chain (SPEC §2). As of a date before the
// replacement, there is none, and the old deal stands.

import type { Deal, FinancingGraph } from "@engine";
import { dealOf } from "../names.js";

export function replacementOf(
  graph: FinancingGraph,
  replacements: ReadonlyMap<string, readonly string[]>,
  drawnDeals: ReadonlySet<string>,
  id: string,
): Deal | null {
  const seen = new Set([id]);
  const queue = [...(replacements.get(id) ?? [])];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    if (drawnDeals.has(next)) return dealOf(graph, next);
    queue.push(...(replacements.get(next) ?? []));
  }
  return null;
}
