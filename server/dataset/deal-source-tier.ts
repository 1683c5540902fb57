// A deal's source tier: the best tier among its sources (primary before major before secondary),
// null when no source's publisher is in the table.

import type { Source } from "../analysis/types.js";
import { type PublisherTable, SOURCE_TIERS, type SourceTier } from "./publisher-table.js";
import { sourceTier } from "./source-tier.js";

export function dealSourceTier(
  deal: { readonly sources: readonly Source[] },
  table: PublisherTable,
): SourceTier | null {
  let best: number = SOURCE_TIERS.length;
  for (const source of deal.sources) {
    const tier = sourceTier(source, table).tier;
    if (tier !== null) best = Math.min(best, SOURCE_TIERS.indexOf(tier));
  }
  return SOURCE_TIERS[best] ?? null;
}
