// The oracle's view of a dataset: the dense flow matrix W (ids sorted) with its row and column
// sums, built by the definition rather than through the engine's CSR arrays.

import type { Dataset, Deal } from "../../server/analysis/types.js";

/** Dense W (ids sorted) from a dataset's `included` deals, self-loops dropped, null as 0. */
export function denseFlow(dataset: Dataset, included: (deal: Deal) => boolean) {
  const ids = dataset.entities.map((e) => e.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const n = ids.length;
  const W = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const hasDeal = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  for (const deal of dataset.deals) {
    if (deal.from === deal.to || !included(deal)) continue;
    const i = ids.indexOf(deal.from);
    const j = ids.indexOf(deal.to);
    W[i]![j]! += deal.amountUsd ?? 0;
    hasDeal[i]![j] = true;
  }
  const out = W.map((row) => row.reduce((s, v) => s + v, 0));
  const inn = ids.map((_, j) => W.reduce((s, row) => s + row[j]!, 0));
  return { ids, n, W, hasDeal, out, in: inn };
}
