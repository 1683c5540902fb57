import { describe, expect, it } from "vitest";
import { countDealsByTierOnce } from "../../client/count-deals-by-tier-once.js";
import { countDealsByTier } from "../../server/dataset/count-deals-by-tier.js";
import { CURATED_PUBLISHERS } from "../../server/dataset/curated-publishers.js";
import type { PublisherTable } from "../../server/dataset/publisher-table.js";

const source = (url: string) => ({ url, title: "t", publisher: "p", date: "2025-01-01" });

describe("countDealsByTierOnce", () => {
  it("gives countDealsByTier's counts, once per deals array and table", () => {
    const deals = [
      { sources: [source("https://www.sec.gov/x")] },
      { sources: [source("https://example.com/y")] },
    ];
    const first = countDealsByTierOnce(deals, CURATED_PUBLISHERS);
    expect(first).toEqual(countDealsByTier(deals, CURATED_PUBLISHERS));
    // The same arrays: the same (frozen) object, not a second count.
    expect(countDealsByTierOnce(deals, CURATED_PUBLISHERS)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    // Another array with the same deals, or another table: counted afresh.
    expect(countDealsByTierOnce([...deals], CURATED_PUBLISHERS)).not.toBe(first);
    const empty: PublisherTable = {};
    expect(countDealsByTierOnce(deals, empty)).toEqual(countDealsByTier(deals, empty));
    expect(countDealsByTierOnce(deals, empty)).not.toBe(first);
  });
});
