// How quotable the dataset is: how many deals have each best source tier (primary, major,
// secondary, or unrated when no source's publisher is in the table). Pure: the legend draws it.

import type { Source } from "@engine";
import type { PublisherTable, SourceTier } from "../../server/dataset/publisher-table.js";
import { countDealsByTierOnce } from "../count-deals-by-tier-once.js";

export interface TierCount {
  tier: SourceTier | "unrated";
  count: number;
}

export interface SourceTierSummary {
  /** Tiers with at least one deal, best first. */
  tiers: readonly TierCount[];
  /** "142 of 152 deals (93%) have a primary or major source"; null for an empty dataset. */
  note: string | null;
}

const ORDER = ["primary", "major", "secondary", "unrated"] as const;

export function sourceTierSummary(
  deals: readonly { readonly sources: readonly Source[] }[],
  table: PublisherTable,
): SourceTierSummary {
  const counts = countDealsByTierOnce(deals, table);
  const tiers = ORDER.filter((tier) => counts[tier] > 0).map((tier) => ({
    tier,
    count: counts[tier],
  }));
  if (deals.length === 0) return { tiers, note: null };
  const quotable = counts.primary + counts.major;
  const percent = Math.round((100 * quotable) / deals.length);
  return {
    tiers,
    note: `${quotable} of ${deals.length} deals (${percent}%) have a primary or major source`,
  };
}
