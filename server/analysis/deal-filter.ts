// The one place that decides which deals count (SPEC §2, §2.1): every inclusion option, the view,
// and the supersession rule, which needs all the deals at once.

import {
  type InclusionOptions,
  passesInclusionOptions,
  type ResolvedInclusion,
  resolveInclusion,
} from "./inclusion.js";
import { supersededDeals } from "./superseded-deals.js";
import type { Deal } from "./types.js";

export interface DealFilter {
  /** Whether the deal counts (it must be one of the deals the filter was built from). */
  (deal: Deal): boolean;
  /** The options the filter applies, merged with the defaults. */
  readonly inclusion: ResolvedInclusion;
  /** Deals left out by the supersession rule → a deal passing the options that supersedes them. */
  readonly superseded: ReadonlyMap<string, string>;
}

const NONE: ReadonlyMap<string, string> = new Map();

/** The inclusion test for a set of deals under options (or already resolved options). */
export function createDealFilter(
  deals: readonly Deal[],
  options: Partial<InclusionOptions> | ResolvedInclusion = {},
): DealFilter {
  const inclusion = "typeSet" in options ? options : resolveInclusion(options);
  const passes = (deal: Deal) => passesInclusionOptions(deal, inclusion);
  const superseded = inclusion.includeSuperseded ? NONE : supersededDeals(deals, passes);
  const filter = (deal: Deal) => passes(deal) && !superseded.has(deal.id);
  return Object.assign(filter, { inclusion, superseded });
}
