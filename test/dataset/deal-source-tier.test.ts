import { describe, expect, it } from "vitest";
import { dealSourceTier } from "../../server/dataset/deal-source-tier.js";
import type { PublisherTable } from "../../server/dataset/publisher-table.js";

const table: PublisherTable = {
  "reuters.com": { publisher: "Reuters", tier: "major" },
  "copies.example": { publisher: "Copies", tier: "secondary" },
  "sec.gov": { publisher: "SEC EDGAR", tier: "primary" },
};

describe("dealSourceTier", () => {
  it("is the best tier among the deal's sources", () => {
    const sources = [
      { url: "https://copies.example/a" },
      { url: "https://www.sec.gov/b" },
      { url: "https://www.reuters.com/c" },
    ];
    expect(dealSourceTier({ sources }, table)).toBe("primary");
    expect(dealSourceTier({ sources: sources.slice(0, 1) }, table)).toBe("secondary");
  });

  it("counts a copy at its original publisher's tier", () => {
    const sources = [{ url: "https://copies.example/a", original: { publisher: "Reuters" } }];
    expect(dealSourceTier({ sources }, table)).toBe("major");
  });

  it("is null when no source is in the table", () => {
    expect(dealSourceTier({ sources: [{ url: "https://unknown.test/a" }] }, table)).toBeNull();
    expect(dealSourceTier({ sources: [] }, table)).toBeNull();
  });
});
