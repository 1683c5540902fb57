// The last step of building W (SPEC §2): included deals already in (row, column, deal id) order
// summed into compressed sparse rows, with the in-edge index and each entity's in and out flow.

import type { FlowMatrix } from "./flow-matrix.js";
import type { Deal } from "./types.js";

/**
 * W of `count` included deals, in order: `deals[p]` goes from entity `rows[p]` to `columns[p]`
 * (indices into `ids`), rows ascending, then columns ascending, then deal ids in id order — the
 * order the amounts of a pair are summed in.
 */
export function assembleFlowMatrix(
  ids: readonly string[],
  indexOf: ReadonlyMap<string, number>,
  count: number,
  rows: Int32Array,
  columns: Int32Array,
  deals: readonly Deal[],
): FlowMatrix {
  const n = ids.length;
  const targetList: number[] = [];
  const sourceList: number[] = [];
  const weightList: number[] = [];
  const edgeDeals: string[][] = [];
  const edgeOffsets = new Int32Array(n + 1);
  let p = 0;
  for (let i = 0; i < n; i++) {
    let previous = -1;
    for (; p < count && rows[p] === i; p++) {
      const deal = deals[p]!;
      if (columns[p] !== previous) {
        previous = columns[p]!;
        sourceList.push(i);
        targetList.push(previous);
        weightList.push(0);
        edgeDeals.push([]);
      }
      weightList[weightList.length - 1]! += deal.amountUsd ?? 0;
      edgeDeals[edgeDeals.length - 1]!.push(deal.id);
    }
    edgeOffsets[i + 1] = targetList.length;
  }

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
    offsets: edgeOffsets,
    targets,
    weights,
    deals: edgeDeals,
    inOffsets,
    inEdges,
    sources,
    outflowUsd,
    inflowUsd,
  };
}
