import { describe, expect, it } from "vitest";
import { sourceTierSummary } from "../../../client/legend/source-tier-summary.js";
import type { PublisherTable } from "../../../server/dataset/publisher-table.js";

const table: PublisherTable = {
  "reuters.com": { publisher: "Reuters", tier: "major" },
  "sec.gov": { publisher: "SEC EDGAR", tier: "primary" },
  "copies.example": { publisher: "Copies", tier: "secondary" },
};

const deal = (...urls: string[]) => ({ sources: urls.map((url) => ({ url })) });

describe("sourceTierSummary", () => {
  it("counts each deal once, by its best source, best tier first", () => {
    const summary = sourceTierSummary(
      [
        deal("https://copies.example/a", "https://www.sec.gov/x"),
        deal("https://www.reuters.com/y"),
        deal("https://copies.example/b"),
        deal("https://unknown.example/c"),
      ],
      table,
    );
    expect(summary.tiers).toEqual([
      { tier: "primary", count: 1 },
      { tier: "major", count: 1 },
      { tier: "secondary", count: 1 },
      { tier: "unrated", count: 1 },
    ]);
    expect(summary.note).toBe("2 of 4 deals (50%) have a primary or major source");
  });

  it("credits a copy to its original publisher", () => {
    const summary = sourceTierSummary(
      [{ sources: [{ url: "https://copies.example/a", original: { publisher: "Reuters" } }] }],
      table,
    );
    expect(summary.tiers).toEqual([{ tier: "major", count: 1 }]);
  });

  it("leaves out empty tiers and has no note for an empty dataset", () => {
    expect(sourceTierSummary([], table)).toEqual({ tiers: [], note: null });
  });
});
