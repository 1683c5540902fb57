// How many deals have each best source tier: the quotability of a dataset at a glance.

import type { Source } from "../analysis/types.js";
import { dealSourceTier } from "./deal-source-tier.js";
import type { PublisherTable, SourceTier } from "./publisher-table.js";

export type DealTierCounts = Record<SourceTier | "unrated", number>;

export function countDealsByTier(
  deals: readonly { readonly sources: readonly Source[] }[],
  table: PublisherTable,
): DealTierCounts {
  const counts: DealTierCounts = { primary: 0, major: 0, secondary: 0, unrated: 0 };
  for (const deal of deals) counts[dealSourceTier(deal, table) ?? "unrated"]++;
  return counts;
}
