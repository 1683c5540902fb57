// The loops explorer's query: which loops to list and in what order. Pure: it takes each loop's
// facts (nodes, both bottlenecks, latest deal date, the engine's rank) and returns the matching
// loops, sorted. With the default query it returns every loop in the engine's order, so the
// counts shown are the engine's.

import type { View } from "@engine";

export type LoopSort = "bottleneck" | "length" | "date";

export interface LoopQuery {
  /** Every one of these entities must be on the loop ("through Oracle and Nvidia"). */
  readonly entities: readonly string[];
  /** Hops at least / at most (null: no bound). */
  readonly minLength: number | null;
  readonly maxLength: number | null;
  /** The loop's bottleneck in `bottleneckView` is at least this (USD; 0: no bound). */
  readonly minBottleneckUsd: number;
  readonly bottleneckView: View;
  /** bottleneck: largest first (in `bottleneckView`); length: shortest first; date: newest first. */
  readonly sort: LoopSort;
}

export const LOOP_QUERY_DEFAULTS: Readonly<LoopQuery> = Object.freeze({
  entities: Object.freeze([]) as readonly string[],
  minLength: null,
  maxLength: null,
  minBottleneckUsd: 0,
  bottleneckView: "announced",
  sort: "bottleneck",
});

export interface LoopFacts {
  /** The loop's position in the engine's list (ranked by the current view's bottleneck). */
  readonly rank: number;
  readonly nodes: readonly string[];
  readonly bottleneckUsd: Readonly<Record<View, number>>;
  /** The latest date of a deal on the loop (YYYY-MM-DD; null when none is dated). */
  readonly lastDate: string | null;
}

/** Whether the query narrows the list at all (the sort alone does not). */
export function isFiltering(query: LoopQuery): boolean {
  return (
    query.entities.length > 0 ||
    query.minLength !== null ||
    query.maxLength !== null ||
    query.minBottleneckUsd > 0
  );
}

export function loopMatches(loop: LoopFacts, query: LoopQuery): boolean {
  const length = loop.nodes.length;
  if (query.minLength !== null && length < query.minLength) return false;
  if (query.maxLength !== null && length > query.maxLength) return false;
  if (loop.bottleneckUsd[query.bottleneckView] < query.minBottleneckUsd) return false;
  if (query.entities.length > 0) {
    const on = new Set(loop.nodes);
    for (const id of query.entities) if (!on.has(id)) return false;
  }
  return true;
}

function compare(a: LoopFacts, b: LoopFacts, query: LoopQuery): number {
  let order = 0;
  if (query.sort === "bottleneck")
    order = b.bottleneckUsd[query.bottleneckView] - a.bottleneckUsd[query.bottleneckView];
  else if (query.sort === "length") order = a.nodes.length - b.nodes.length;
  else {
    // Newest first; undated loops last.
    const x = a.lastDate ?? "";
    const y = b.lastDate ?? "";
    order = x === y ? 0 : x < y ? 1 : -1;
  }
  return order !== 0 ? order : a.rank - b.rank;
}

/** The loops that match, sorted (ties keep the engine's rank order). */
export function filterLoops(loops: readonly LoopFacts[], query: LoopQuery): LoopFacts[] {
  return loops.filter((loop) => loopMatches(loop, query)).sort((a, b) => compare(a, b, query));
}
