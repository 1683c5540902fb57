import { describe, expect, it } from "vitest";
import type { PublisherTable } from "../../server/dataset/publisher-table.js";
import { validateDataset } from "../../server/dataset/validate-dataset.js";

const table: PublisherTable = {
  "reuters.com": { publisher: "Reuters", tier: "major" },
  "copies.example": { publisher: "Copies", tier: "secondary" },
  "sec.gov": { publisher: "SEC EDGAR", tier: "primary" },
};
const entity = (id: string) => ({ id, name: id, kind: "other" });
const deal = (id: string, sources: unknown[]) => ({
  id,
  from: "a",
  to: "b",
  type: "equity",
  amountUsd: 1,
  amountBasis: "committed",
  date: "2025-01-01",
  status: "signed",
  sources,
});
const dataset = (...deals: unknown[]) => ({ entities: [entity("a"), entity("b")], deals });
const tierWarnings = (raw: unknown) =>
  validateDataset(raw, { publishers: table })
    .warnings.filter((w) => w.path.includes("sources"))
    .map((w) => `${w.path}: ${w.message}`);

describe("source tiers in validateDataset", () => {
  it("is silent when every deal has a primary or major source from known hosts", () => {
    const raw = dataset(
      deal("d1", [{ url: "https://www.sec.gov/x" }]),
      deal("d2", [{ url: "https://www.reuters.com/y" }, { url: "https://copies.example/z" }]),
    );
    expect(tierWarnings(raw)).toEqual([]);
  });

  it("counts a copy whose original publisher is major", () => {
    const raw = dataset(
      deal("d1", [{ url: "https://copies.example/z", original: { publisher: "Reuters" } }]),
    );
    expect(tierWarnings(raw)).toEqual([]);
  });

  it("warns, located, on a deal with only secondary sources", () => {
    const raw = dataset(deal("d1", [{ url: "https://copies.example/z" }]));
    expect(tierWarnings(raw)).toEqual([
      "deals[0].sources: no primary or major source: cite a filing, company release, wire service or major outlet",
    ]);
  });

  it("warns on an unknown host and an unknown original publisher", () => {
    const raw = dataset(
      deal("d1", [
        { url: "https://www.sec.gov/x" },
        { url: "https://blog.unknown.test/p" },
        { url: "https://copies.example/q", original: { publisher: "Mystery Wire" } },
      ]),
    );
    expect(tierWarnings(raw)).toEqual([
      'deals[0].sources[1].url: unknown publisher host "blog.unknown.test": add it to data/publishers.json',
      'deals[0].sources[2].original.publisher: unknown original publisher "Mystery Wire": add its site to data/publishers.json',
    ]);
  });

  it("stays errors-free: source tiers only ever warn", () => {
    const raw = dataset(deal("d1", [{ url: "https://unknown.test/p" }]));
    const result = validateDataset(raw, { publishers: table });
    expect(result.errors).toEqual([]);
    expect(result.dataset).not.toBeNull();
  });

  it("checks nothing about tiers without a publishers table", () => {
    const raw = dataset(deal("d1", [{ url: "https://unknown.test/p" }]));
    expect(validateDataset(raw).warnings.filter((w) => w.path.includes("sources"))).toEqual([]);
  });
});
