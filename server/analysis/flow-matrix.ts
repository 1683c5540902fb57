// The aggregate flow matrix W (SPEC §2) as compressed sparse rows over integer entity indices:
// W[i][j] = Σ amountUsd (null as 0) of the included deals i → j, self-loops ignored.

import { assembleFlowMatrix } from "./assemble-flow-matrix.js";
import type { FinancingGraph } from "./build-financing-graph.js";
import { compareIds } from "./compare-ids.js";
import { createDealFilter } from "./deal-filter.js";
import { UnknownEntityError } from "./errors.js";
import { graphDeals } from "./graph-deals.js";
import type { InclusionOptions, ResolvedInclusion } from "./inclusion.js";
import type { Dataset, Deal } from "./types.js";

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
  options: Partial<InclusionOptions> | ResolvedInclusion = {},
): FlowMatrix {
  return aggregateFlows(graph.nodes(), graphDeals(graph), options);
}

/**
 * W straight from a validated dataset, without building the multigraph: the same matrix as
 * `computeFlowMatrix(buildFinancingGraph(dataset))` at a fraction of the cost, for callers (the
 * CLI, the API) that need only the flows.
 */
export function computeDatasetFlowMatrix(
  dataset: Dataset,
  options: Partial<InclusionOptions> | ResolvedInclusion = {},
): FlowMatrix {
  return aggregateFlows(
    dataset.entities.map((entity) => entity.id),
    dataset.deals,
    options,
  );
}

function aggregateFlows(
  entityIds: readonly string[],
  allDeals: readonly Deal[],
  options: Partial<InclusionOptions> | ResolvedInclusion,
): FlowMatrix {
  const included = createDealFilter(allDeals, options);
  const ids = [...entityIds].sort(compareIds);
  const n = ids.length;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < n; i++) indexOf.set(ids[i]!, i);

  // Included non-self-loop deals as (row, column, deal position), counted per row.
  const rowOf = new Int32Array(allDeals.length);
  const columnOf = new Int32Array(allDeals.length);
  const picked = new Int32Array(allDeals.length);
  const dealOffsets = new Int32Array(n + 1);
  let count = 0;
  for (let k = 0; k < allDeals.length; k++) {
    const deal = allDeals[k]!;
    if (deal.from === deal.to || !included(deal)) continue;
    const i = indexOf.get(deal.from);
    const j = indexOf.get(deal.to);
    if (i === undefined) throw new UnknownEntityError("computeFlowMatrix", deal.from);
    if (j === undefined) throw new UnknownEntityError("computeFlowMatrix", deal.to);
    rowOf[count] = i;
    columnOf[count] = j;
    picked[count++] = k;
    dealOffsets[i + 1]!++;
  }
  for (let i = 0; i < n; i++) dealOffsets[i + 1]! += dealOffsets[i]!;

  // Counting sort by row, then each row by (column, deal id): deals of a pair are summed in id order.
  const order = new Int32Array(count);
  const next = dealOffsets.slice(0, n);
  for (let c = 0; c < count; c++) order[next[rowOf[c]!]!++] = c;
  const byColumnThenId = (a: number, b: number) =>
    columnOf[a]! - columnOf[b]! || compareIds(allDeals[picked[a]!]!.id, allDeals[picked[b]!]!.id);
  for (let i = 0; i < n; i++)
    sortRange(order, dealOffsets[i]!, dealOffsets[i + 1]!, byColumnThenId);

  const rows = new Int32Array(count);
  const columns = new Int32Array(count);
  const sorted = new Array<Deal>(count);
  for (let p = 0; p < count; p++) {
    const c = order[p]!;
    rows[p] = rowOf[c]!;
    columns[p] = columnOf[c]!;
    sorted[p] = allDeals[picked[c]!]!;
  }
  return assembleFlowMatrix(ids, indexOf, count, rows, columns, sorted);
}

/** Sort order[from … to) in place: insertion sort for the short rows of sparse graphs. */
function sortRange(
  order: Int32Array,
  from: number,
  to: number,
  compare: (a: number, b: number) => number,
): void {
  if (to - from > 16) {
    order.set(Array.from(order.subarray(from, to)).sort(compare), from);
    return;
  }
  for (let p = from + 1; p < to; p++) {
    const value = order[p]!;
    let q = p - 1;
    while (q >= from && compare(order[q]!, value) > 0) {
      order[q + 1] = order[q]!;
      q--;
    }
    order[q + 1] = value;
  }
}
