// fast-check arbitraries for small random deal multigraphs, shared by the exposure tests.

import fc from "fast-check";
import { type Dataset, DEAL_TYPES, type Deal, type Entity } from "../../server/analysis/types.js";

const ID_POOL = ["a", "b", "c", "__proto__", "constructor", "d", "é", "f"] as const;

export interface ArbitraryDatasetOptions {
  maxEntities?: number;
  maxDeals?: number;
  /** Amounts drawn: "integer" (1…1000), "wide" (1 … 1e12, doubles), or "mixed" (with nulls and 0). */
  amounts?: "integer" | "wide" | "mixed";
  types?: readonly Deal["type"][];
}

export function arbitraryDataset(options: ArbitraryDatasetOptions = {}): fc.Arbitrary<Dataset> {
  const maxEntities = options.maxEntities ?? 6;
  const maxDeals = options.maxDeals ?? 14;
  const types = options.types ?? ["equity", "compute_contract", "chip_purchase", "loan"];
  const amount: fc.Arbitrary<number | null> =
    options.amounts === "wide"
      ? fc.double({ min: 1, max: 1e12, noNaN: true })
      : options.amounts === "mixed"
        ? fc.oneof(fc.constant(null), fc.constant(0), fc.integer({ min: 1, max: 1000 }))
        : fc.integer({ min: 1, max: 1000 });
  return fc.integer({ min: 1, max: maxEntities }).chain((n) => {
    const ids = ID_POOL.slice(0, n);
    const deal = fc.record({
      from: fc.constantFrom(...ids),
      to: fc.constantFrom(...ids),
      type: fc.constantFrom(...types),
      amountUsd: amount,
    });
    return fc.array(deal, { maxLength: maxDeals }).map((raw): Dataset => {
      const entities: Entity[] = ids.map((id) => ({ id, name: id, kind: "other" }));
      const deals: Deal[] = raw.map((d, k) => ({
        id: `d${String(k).padStart(2, "0")}`,
        from: d.from,
        to: d.to,
        type: d.type,
        amountUsd: d.amountUsd,
        amountBasis: "committed",
        date: "2025-01-01",
        status: "signed",
        sources: [],
      }));
      return { entities, deals };
    });
  });
}

export const ALL_DEAL_TYPES = DEAL_TYPES;

/** Dense W (ids sorted) from a dataset's default-included deals, self-loops dropped, null as 0. */
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

export function relativeClose(actual: number, expected: number, tolerance = 1e-9): boolean {
  return (
    Math.abs(actual - expected) <=
      tolerance * Math.max(Math.abs(expected), Math.abs(actual), 1e-300) ||
    Math.abs(actual - expected) < 1e-300
  );
}
