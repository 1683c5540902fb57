// The aggregate flow matrix W (SPEC §2) as compressed sparse rows over integer entity indices:
// W[i][j] = Σ amountUsd (null as 0) of the included deals i → j, self-loops ignored.

import { compareIds, type FinancingGraph } from "./build-financing-graph.js";
import { type InclusionOptions, isDealIncluded, resolveInclusion } from "./inclusion.js";

export interface FlowMatrix {
  /** Number of entities. */
  readonly n: number;
  /** Entity ids in JavaScript string order; the index of an id is its row and column. */
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Out-edges of i are positions offsets[i] … offsets[i+1]-1, targets ascending. */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** W[i][targets[e]]; may be 0 when every included deal on the pair is undisclosed. */
  readonly weights: Float64Array;
  /** The included deal ids on each edge e, in id order. */
  readonly deals: readonly (readonly string[])[];
  /** In-edges of j: positions inOffsets[j] … inOffsets[j+1]-1 of inEdges (forward edge index), sources ascending. */
  readonly inOffsets: Int32Array;
  readonly inEdges: Int32Array;
  /** sources[e]: the row of forward edge e. */
  readonly sources: Int32Array;
  readonly outflowUsd: Float64Array;
  readonly inflowUsd: Float64Array;
}

/** Aggregate the included deals of a financing graph into W. */
export function computeFlowMatrix(
  graph: FinancingGraph,
  options: Partial<InclusionOptions> = {},
): FlowMatrix {
  const inclusion = resolveInclusion(options);
  const ids = graph.nodes().sort(compareIds);
  const n = ids.length;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) indexOf.set(ids[i]!, i);

  // Collect (pair, amount, deal id) for included non-self-loop deals, then sort by pair.
  const pairs: number[] = [];
  const amounts: number[] = [];
  const dealIds: string[] = [];
  graph.forEachEdge((key, deal, source, target) => {
    if (source === target || !isDealIncluded(deal, inclusion)) return;
    pairs.push(indexOf.get(source)! * n + indexOf.get(target)!);
    amounts.push(deal.amountUsd ?? 0);
    dealIds.push(key);
  });
  const order = pairs.map((_, k) => k);
  order.sort((a, b) => pairs[a]! - pairs[b]! || compareIds(dealIds[a]!, dealIds[b]!));

  const offsets = new Int32Array(n + 1);
  const targetList: number[] = [];
  const sourceList: number[] = [];
  const weightList: number[] = [];
  const deals: string[][] = [];
  let previous = -1;
  for (const k of order) {
    const pair = pairs[k]!;
    if (pair !== previous) {
      const i = Math.floor(pair / n);
      sourceList.push(i);
      targetList.push(pair - i * n);
      weightList.push(0);
      deals.push([]);
      offsets[i + 1]!++;
      previous = pair;
    }
    weightList[weightList.length - 1]! += amounts[k]!;
    deals[deals.length - 1]!.push(dealIds[k]!);
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;

  const m = targetList.length;
  const targets = Int32Array.from(targetList);
  const sources = Int32Array.from(sourceList);
  const weights = Float64Array.from(weightList);
  const outflowUsd = new Float64Array(n);
  const inflowUsd = new Float64Array(n);
  const inOffsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    outflowUsd[sources[e]!]! += weights[e]!;
    inflowUsd[targets[e]!]! += weights[e]!;
    inOffsets[targets[e]! + 1]!++;
  }
  for (let j = 0; j < n; j++) inOffsets[j + 1]! += inOffsets[j]!;
  // Forward edges are sorted by source, so filling in order keeps in-edges sorted by source.
  const cursor = inOffsets.slice(0, n);
  const inEdges = new Int32Array(m);
  for (let e = 0; e < m; e++) inEdges[cursor[targets[e]!]!++] = e;

  return {
    n,
    ids,
    indexOf,
    offsets,
    targets,
    weights,
    deals,
    inOffsets,
    inEdges,
    sources,
    outflowUsd,
    inflowUsd,
  };
}
