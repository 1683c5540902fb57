// Brute-force inclusion written out plainly from SPEC §2 and §2.1, for property tests: each option
// tested on its own, and supersession by following every passing deal's chain of `supersedes` links.

import {
  INCLUSION_DEFAULTS,
  type InclusionOptions,
  normalizeDate,
} from "../../server/analysis/inclusion.js";
import type { Deal } from "../../server/analysis/types.js";

function passes(deal: Deal, o: InclusionOptions): boolean {
  const typeOk =
    o.types.includes(deal.type) || (deal.type === "backstop" && o.backstopsCalled === true);
  if (!typeOk || !o.statuses.includes(deal.status) || !o.basis.includes(deal.amountBasis)) {
    return false;
  }
  if ((deal.amountUsd ?? 0) < o.minAmountUsd) return false;
  if (o.view === "committed") {
    if (deal.amountBasis !== "committed") return false;
    if (!["signed", "closed"].includes(deal.status)) return false;
    if (deal.condition !== undefined && deal.condition !== "") return false;
    if (["warrant", "backstop"].includes(deal.type)) return false;
  }
  if (o.asOf !== null || o.from !== null || o.to !== null) {
    const date = normalizeDate(deal.date);
    if (date === null) return false;
    if (o.asOf !== null && date > normalizeDate(o.asOf)!) return false;
    if (o.from !== null && date < normalizeDate(o.from)!) return false;
    if (o.to !== null && date > normalizeDate(o.to)!) return false;
  }
  return true;
}

/** Whether `later`'s chain of supersedes links reaches the id `earlier` (at most n steps). */
function supersedesByChain(later: Deal, earlier: string, deals: readonly Deal[]): boolean {
  let current: Deal | undefined = later;
  for (let step = 0; step < deals.length && current?.supersedes !== undefined; step++) {
    if (current.supersedes === earlier) return true;
    const next: string = current.supersedes;
    current = deals.find((d) => d.id === next);
  }
  return false;
}

/** The deals counted under the options (by object), as SPEC §2 states the rule. */
export function oracleIncludedDeals(
  deals: readonly Deal[],
  options: Partial<InclusionOptions> = {},
): Set<Deal> {
  const o: InclusionOptions = { ...INCLUSION_DEFAULTS, ...options };
  const included = new Set<Deal>();
  for (const deal of deals) {
    if (!passes(deal, o)) continue;
    const superseded =
      !o.includeSuperseded &&
      deals.some((other) => passes(other, o) && supersedesByChain(other, deal.id, deals));
    if (!superseded) included.add(deal);
  }
  return included;
}
