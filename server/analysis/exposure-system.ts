// The system a stress scenario propagates over (SPEC §6): each entity's capital and the sparse
// exposure rows A[x][y] = E[x][y] of §4 — the funded part, plus the contingent part when
// backstops are called — as compressed rows over entity indices in id order.

import type { FinancingGraph } from "./build-financing-graph.js";
import { computeCounterpartyExposure } from "./counterparty-exposure.js";
import { computeFlowMatrix } from "./flow-matrix.js";
import type { InclusionOptions } from "./inclusion.js";

export const CAPITAL_BASES = ["equity", "throughput"] as const;
/** `equity`: financials.equityUsd; `throughput`: capitalShare × max(in, out). */
export type CapitalBasis = (typeof CAPITAL_BASES)[number];

export interface ExposureSystem {
  readonly n: number;
  /** Entity ids in JavaScript string order; index = row. */
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly capitalUsd: Float64Array;
  readonly capitalBasis: readonly CapitalBasis[];
  /** Row x: positions offsets[x] … offsets[x+1]-1 of columns/amountUsd, columns ascending. */
  readonly offsets: Int32Array;
  readonly columns: Int32Array;
  /** A[x][columns[e]] > 0. */
  readonly amountUsd: Float64Array;
}

/** Capital and exposure rows under the inclusion options; capitalShare ≥ 0 is checked by the caller. */
export function buildExposureSystem(
  graph: FinancingGraph,
  options: Partial<InclusionOptions> & { capitalShare: number },
): ExposureSystem {
  const { capitalShare, ...inclusion } = options;
  const flow = computeFlowMatrix(graph, inclusion);
  const exposure = computeCounterpartyExposure(graph, inclusion);
  const { n, ids, indexOf } = flow;
  const capitalUsd = new Float64Array(n);
  const capitalBasis: CapitalBasis[] = [];
  for (let x = 0; x < n; x++) {
    const equity = graph.getNodeAttributes(ids[x]!).financials?.equityUsd;
    if (equity !== undefined && equity > 0) {
      capitalUsd[x] = equity;
      capitalBasis.push("equity");
    } else {
      capitalUsd[x] = capitalShare * Math.max(flow.inflowUsd[x]!, flow.outflowUsd[x]!);
      capitalBasis.push("throughput");
    }
  }
  const offsets = new Int32Array(n + 1);
  const columns: number[] = [];
  const amounts: number[] = [];
  // computeCounterpartyExposure returns one row set per entity in the same id order.
  for (let x = 0; x < n; x++) {
    const cells = exposure[x]!.exposureTo.map((cell) => {
      const funded = cell.revenueUsd + cell.capitalUsd + cell.warrantUsd;
      return {
        y: indexOf.get(cell.counterparty)!,
        amount: inclusion.backstopsCalled ? cell.amountUsd : funded,
      };
    })
      .filter((cell) => cell.amount > 0)
      .sort((a, b) => a.y - b.y);
    for (const { y, amount } of cells) {
      columns.push(y);
      amounts.push(amount);
    }
    offsets[x + 1] = columns.length;
  }
  return {
    n,
    ids,
    indexOf,
    capitalUsd,
    capitalBasis,
    offsets,
    columns: Int32Array.from(columns),
    amountUsd: Float64Array.from(amounts),
  };
}
