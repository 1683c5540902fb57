// countDealsByTier once per dataset and publisher table: the filters and the legend both show the
// counts, and on a large upload (20,000 deals, a URL parsed per source) the second count cost
// ~0.1 s more of the main-thread task that mounts the viewer (issue 16).

import type { Source } from "@engine";
import { countDealsByTier, type DealTierCounts } from "../server/dataset/count-deals-by-tier.js";
import type { PublisherTable } from "../server/dataset/publisher-table.js";

type Deals = readonly { readonly sources: readonly Source[] }[];

const counted = new WeakMap<Deals, WeakMap<PublisherTable, Readonly<DealTierCounts>>>();

/** countDealsByTier(deals, table), computed once per (deals array, table); frozen. */
export function countDealsByTierOnce(
  deals: Deals,
  table: PublisherTable,
): Readonly<DealTierCounts> {
  let byTable = counted.get(deals);
  if (byTable === undefined) {
    byTable = new WeakMap();
    counted.set(deals, byTable);
  }
  let counts = byTable.get(table);
  if (counts === undefined) {
    counts = Object.freeze(countDealsByTier(deals, table));
    byTable.set(table, counts);
  }
  return counts;
}
