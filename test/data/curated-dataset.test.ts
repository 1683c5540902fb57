import { describe, expect, it } from "vitest";
import { analyzeDataset } from "../../server/analysis/analyze-dataset.js";
import { countDealsByTier } from "../../server/dataset/count-deals-by-tier.js";
import { CURATED_PUBLISHERS } from "../../server/dataset/curated-publishers.js";
import { loadDataset } from "../../server/dataset/load-dataset.js";

const { dataset, warnings } = await loadDataset();
const entityIds = new Set(dataset.entities.map((e) => e.id));
const dealsBetween = (from: string, to: string, type?: string) =>
  dataset.deals.filter((d) => d.from === from && d.to === to && (!type || d.type === type));

describe("data/deals.json (the curated dataset)", () => {
  it("validates with no errors", () => {
    // loadDataset throws on any error; warnings are allowed but must be located.
    for (const warning of warnings) expect(warning.path).not.toBe("");
  });

  it("holds at least 75 deals and every deal has a description and an http(s) source", () => {
    expect(dataset.deals.length).toBeGreaterThanOrEqual(75);
    for (const deal of dataset.deals) {
      expect(deal.description?.length ?? 0, deal.id).toBeGreaterThan(10);
      expect(deal.sources.length, deal.id).toBeGreaterThanOrEqual(1);
      expect(
        deal.sources.some((s) => /^https?:\/\//.test(s.url ?? "")),
        deal.id,
      ).toBe(true);
    }
  });

  it("gives every entity a kind and uses every entity in some deal", () => {
    const used = new Set(dataset.deals.flatMap((d) => [d.from, d.to]));
    for (const entity of dataset.entities) expect(used.has(entity.id), entity.id).toBe(true);
  });

  it("names the parties of the issue by their stable ids", () => {
    for (const id of [
      "nvidia",
      "openai",
      "oracle",
      "coreweave",
      "microsoft",
      "google",
      "amazon",
      "meta",
      "amd",
      "broadcom",
      "softbank",
      "xai",
      "anthropic",
      "nebius",
      "groq",
      "cerebras",
      "fluidstack",
      "terawulf",
      "cipher-mining",
      "intel",
      "crusoe",
      "lambda",
      "nscale",
    ]) {
      expect(entityIds.has(id), id).toBe(true);
    }
  });

  it("holds the legs of the loops the issue names", () => {
    expect(dealsBetween("nvidia", "openai", "equity").length).toBeGreaterThanOrEqual(2);
    expect(dealsBetween("openai", "oracle", "compute_contract").length).toBeGreaterThanOrEqual(1);
    expect(dealsBetween("oracle", "nvidia", "chip_purchase").length).toBeGreaterThanOrEqual(1);
    expect(dealsBetween("nvidia", "coreweave", "backstop").length).toBeGreaterThanOrEqual(1);
    expect(dealsBetween("coreweave", "nvidia", "chip_purchase").length).toBeGreaterThanOrEqual(1);
    expect(dealsBetween("amd", "openai", "warrant").length).toBeGreaterThanOrEqual(1);
    expect(dealsBetween("openai", "amd", "chip_purchase").length).toBeGreaterThanOrEqual(1);
    expect(dealsBetween("google", "fluidstack", "backstop").length).toBeGreaterThanOrEqual(2);
  });

  it("marks a replaced deal amended and points to it with supersedes", () => {
    const superseding = dataset.deals.filter((d) => d.supersedes !== undefined);
    expect(superseding.length).toBeGreaterThanOrEqual(1);
    const byId = new Map(dataset.deals.map((d) => [d.id, d]));
    for (const deal of superseding) {
      expect(byId.get(deal.supersedes!)?.status, deal.id).toBe("amended");
    }
    const loi = dataset.deals.find(
      (d) => d.from === "nvidia" && d.to === "openai" && d.amountUsd === 100e9,
    );
    expect(loi?.status).toBe("amended");
  });

  it("never uses a negative amount and keeps undisclosed amounts null", () => {
    for (const deal of dataset.deals) {
      if (deal.amountUsd !== null) expect(deal.amountUsd).toBeGreaterThan(0);
    }
  });
});

describe("data/deals.json 2026.12 (sourcing, estimates, tranches, loops)", () => {
  const byId = new Map(dataset.deals.map((d) => [d.id, d]));

  it("is version 2026.12 with an updated date", () => {
    expect(dataset.version).toBe("2026.12");
    expect(dataset.updated ?? "").toMatch(/^2026-12-\d\d$/);
  });

  it("gives every estimate with an amount a derivation that names a figure", () => {
    for (const deal of dataset.deals) {
      if (deal.amountBasis !== "estimate" || deal.amountUsd === null) continue;
      expect(deal.derivation ?? "", deal.id).toMatch(/\d/);
    }
  });

  it("cites a primary or major source for at least 90 % of the deals", () => {
    const counts = countDealsByTier(dataset.deals, CURATED_PUBLISHERS);
    expect(counts.primary + counts.major).toBeGreaterThanOrEqual(0.9 * dataset.deals.length);
  });

  it("keeps a conditional tranche as its own deal beside the unconditional one", () => {
    for (const [now, later] of [
      ["amazon-openai-2026-02-equity", "amazon-openai-2026-02-conditional"],
      ["amazon-anthropic-2026-04-equity", "amazon-anthropic-2026-04-conditional"],
      ["google-anthropic-2026-04-equity", "google-anthropic-2026-04-conditional"],
    ] as const) {
      expect(byId.get(now)?.condition, now).toBeUndefined();
      expect(byId.get(later)?.condition?.length ?? 0, later).toBeGreaterThan(10);
      expect(byId.get(later)?.from).toBe(byId.get(now)?.from);
      expect(byId.get(later)?.to).toBe(byId.get(now)?.to);
    }
  });

  it("records CoreWeave's share grant to OpenAI as value from CoreWeave, not OpenAI cash", () => {
    expect(byId.has("openai-coreweave-2025-03-equity")).toBe(false);
    const grant = byId.get("coreweave-openai-2025-03-stock-issuance");
    expect([grant?.from, grant?.to, grant?.type]).toEqual(["coreweave", "openai", "warrant"]);
  });

  it("measures the loops the seeds talk about: none of them has a $0 bottleneck", () => {
    const analysis = analyzeDataset(dataset, { maxCycles: Number.POSITIVE_INFINITY });
    const bottleneck = (nodes: string) =>
      analysis.cycles.cycles.find((c) => c.nodes.join(",") === nodes)?.bottleneckUsd;
    expect(bottleneck("coreweave,nvidia")).toBeGreaterThan(0);
    expect(bottleneck("nvidia,openai,oracle")).toBeGreaterThan(0);
    expect(bottleneck("microsoft,openai")).toBeGreaterThan(0);
  });
});
