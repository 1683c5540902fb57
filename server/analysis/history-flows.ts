// W at each date of a history (SPEC §7) without redoing per point what does not depend on the
// date: every deal's date is normalised, its options but the date tested (per view) and its
// place in W's (row, column, id) order found once; a point keeps the deals dated on or before it
// and drops those the supersession rule (§2, as superseded-deals.ts applies it) removes as of that
// day.

import { assembleFlowMatrix } from "./assemble-flow-matrix.js";
import { compareIds } from "./compare-ids.js";
import { UnknownEntityError } from "./errors.js";
import type { FlowMatrix } from "./flow-matrix.js";
import {
  normalizeDate,
  passesInclusionOptions,
  type ResolvedInclusion,
  VIEWS,
  type View,
} from "./inclusion.js";
import type { Dataset, Deal } from "./types.js";

/**
 * W as of a day (YYYY-MM-DD) in a view: the same matrix as `computeDatasetFlowMatrix(dataset,
 * { ...inclusion, asOf, view })`. A call whose included deals are those of the previous call in
 * the same view returns the previous matrix itself (callers may reuse what they derived from it).
 */
export type HistoryFlows = (asOf: string, view: View) => FlowMatrix;

export function createHistoryFlows(dataset: Dataset, inclusion: ResolvedInclusion): HistoryFlows {
  const deals = dataset.deals;
  const ids = dataset.entities.map((entity) => entity.id).sort(compareIds);
  const indexOf = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) indexOf.set(ids[i]!, i);
  const dates = deals.map((deal) => normalizeDate(deal.date));
  // The supersession rule (superseded-deals.ts) on positions: a deal's id stands for the first
  // deal of that id, `replaced[k]` is the first deal of the id deal k supersedes (−1: none).
  const firstOf = new Map<string, number>();
  for (const [k, deal] of deals.entries()) if (!firstOf.has(deal.id)) firstOf.set(deal.id, k);
  const first = Int32Array.from(deals, (deal) => firstOf.get(deal.id)!);
  const replaced = Int32Array.from(deals, (deal) =>
    deal.supersedes === undefined ? -1 : (firstOf.get(deal.supersedes) ?? -1),
  );
  const replacers = Int32Array.from(deals.keys()).filter((k) => replaced[k]! >= 0);
  const marked = new Uint8Array(deals.length);
  // Whether each deal passes every option but the date, per view (an undated deal never does).
  const passes = {} as Record<View, Uint8Array>;
  for (const view of VIEWS) {
    const options = { ...inclusion, view, asOf: null };
    passes[view] = Uint8Array.from(deals, (deal, k) =>
      dates[k] !== null && passesInclusionOptions(deal, options) ? 1 : 0,
    );
  }
  // Every deal W could count (self-loops never), in W's order: row, column, deal id.
  const rowOf = new Int32Array(deals.length);
  const columnOf = new Int32Array(deals.length);
  const candidates: number[] = [];
  deals.forEach((deal, k) => {
    if (deal.from === deal.to) return;
    // An unknown entity (-1) is an error only when a point counts the deal, as for W.
    rowOf[k] = indexOf.get(deal.from) ?? -1;
    columnOf[k] = indexOf.get(deal.to) ?? -1;
    candidates.push(k);
  });
  candidates.sort(
    (a, b) =>
      rowOf[a]! - rowOf[b]! ||
      columnOf[a]! - columnOf[b]! ||
      compareIds(deals[a]!.id, deals[b]!.id),
  );
  const order = Int32Array.from(candidates);
  const rows = new Int32Array(order.length);
  const columns = new Int32Array(order.length);
  const picked: Deal[] = [];
  const last: Partial<Record<View, { kept: Int32Array; count: number; flow: FlowMatrix }>> = {};

  return (asOf, view) => {
    const pass = passes[view];
    const dated = (k: number) => pass[k] === 1 && dates[k]! <= asOf;
    // Every deal down the chain of a counted replacement is out (a marked deal's chain is marked).
    marked.fill(0);
    if (!inclusion.includeSuperseded) {
      for (const k of replacers) {
        if (!dated(k)) continue;
        for (let t = replaced[k]!; t >= 0 && marked[t] === 0; t = replaced[t]!) marked[t] = 1;
      }
    }
    const kept = new Int32Array(order.length);
    let count = 0;
    for (let p = 0; p < order.length; p++) {
      const k = order[p]!;
      if (dated(k) && marked[first[k]!] === 0) kept[count++] = k;
    }
    const previous = last[view];
    if (previous && previous.count === count) {
      let same = true;
      for (let p = 0; p < count && same; p++) same = previous.kept[p] === kept[p];
      if (same) return previous.flow;
    }
    picked.length = count;
    for (let p = 0; p < count; p++) {
      const k = kept[p]!;
      if (rowOf[k]! < 0) throw new UnknownEntityError("computeFlowMatrix", deals[k]!.from);
      if (columnOf[k]! < 0) throw new UnknownEntityError("computeFlowMatrix", deals[k]!.to);
      rows[p] = rowOf[k]!;
      columns[p] = columnOf[k]!;
      picked[p] = deals[k]!;
    }
    const flow = assembleFlowMatrix(ids, indexOf, count, rows, columns, picked);
    last[view] = { kept, count, flow };
    return flow;
  };
}
