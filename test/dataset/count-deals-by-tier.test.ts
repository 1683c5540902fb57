import { describe, expect, it } from "vitest";
import { countDealsByTier } from "../../server/dataset/count-deals-by-tier.js";
import type { PublisherTable } from "../../server/dataset/publisher-table.js";

const table: PublisherTable = {
  "reuters.com": { publisher: "Reuters", tier: "major" },
  "copies.example": { publisher: "Copies", tier: "secondary" },
};

describe("countDealsByTier", () => {
  it("counts each deal once, at its best source's tier", () => {
    const deals = [
      { sources: [{ url: "https://www.reuters.com/a" }, { url: "https://copies.example/b" }] },
      { sources: [{ url: "https://copies.example/c" }] },
      { sources: [{ url: "https://unknown.test/d" }] },
      { sources: [] },
    ];
    expect(countDealsByTier(deals, table)).toEqual({
      primary: 0,
      major: 1,
      secondary: 1,
      unrated: 2,
    });
  });
});
