// Vendor-financed share of a seller s (SPEC §4): Σ_c min(W[s][c], W[c][s]) / in(s) over the
// counterparties c that s funds and that pay s — how much of s's revenue its own money could cover.

import { UnknownEntityError } from "./errors.js";
import type { FlowMatrix } from "./flow-matrix.js";

/** Vendor-financed share of one entity by id (0 when nothing flows in). */
export function computeVendorFinancedShare(flow: FlowMatrix, entity: string): number {
  const s = flow.indexOf.get(entity);
  if (s === undefined) throw new UnknownEntityError("computeVendorFinancedShare", entity);
  return vendorFinancedShareAt(flow, s);
}

/** Vendor-financed share of entity index s: a merge of its out-row and in-column, both sorted. */
export function vendorFinancedShareAt(flow: FlowMatrix, s: number): number {
  const inflow = flow.inflowUsd[s]!;
  if (!(inflow > 0)) return 0;
  let sum = 0;
  let e = flow.offsets[s]!;
  const outEnd = flow.offsets[s + 1]!;
  let k = flow.inOffsets[s]!;
  const inEnd = flow.inOffsets[s + 1]!;
  while (e < outEnd && k < inEnd) {
    const c = flow.targets[e]!;
    const inEdge = flow.inEdges[k]!;
    const d = flow.sources[inEdge]!;
    if (c < d) e++;
    else if (d < c) k++;
    else {
      sum += Math.min(flow.weights[e]!, flow.weights[inEdge]!);
      e++;
      k++;
    }
  }
  return Math.min(1, sum / inflow);
}
