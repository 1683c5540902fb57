import { readFileSync } from "node:fs";
import { buildFinancingGraph, type Dataset } from "@engine";
import { describe, expect, it } from "vitest";
import { analyzeView } from "../../client/analyze-view.js";
import {
  dealTierFilter,
  keepsAllSourceTiers,
  SOURCE_TIER_FILTERS,
  scopeToSourceTiers,
} from "../../client/source-tier-scope.js";
import { decodeViewState, encodeViewState } from "../../client/url-state.js";
import { FILTER_DEFAULTS, reduceViewState, VIEW_STATE_DEFAULTS } from "../../client/view-state.js";
import { CURATED_PUBLISHERS } from "../../server/dataset/curated-publishers.js";
import type { PublisherTable } from "../../server/dataset/publisher-table.js";

const table: PublisherTable = {
  "reuters.com": { publisher: "Reuters", tier: "major" },
  "sec.gov": { publisher: "SEC EDGAR", tier: "primary" },
  "copies.example": { publisher: "Copies", tier: "secondary" },
};

const entity = (id: string) => ({ id, name: id.toUpperCase(), kind: "other" as const });
const deal = (id: string, from: string, to: string, url: string) => ({
  id,
  from,
  to,
  type: "equity" as const,
  amountUsd: 1e9,
  amountBasis: "committed" as const,
  date: "2025-01-01",
  status: "closed" as const,
  description: id,
  sources: [{ url }],
});
const DATASET = {
  entities: [entity("a"), entity("b")],
  deals: [
    deal("filed", "a", "b", "https://www.sec.gov/x"),
    deal("wire", "b", "a", "https://www.reuters.com/y"),
    deal("copy", "a", "b", "https://copies.example/z"),
    deal("nobody", "b", "a", "https://unknown.example/w"),
  ],
} as unknown as Dataset;
const GRAPH = buildFinancingGraph(DATASET);

describe("the source-tier filter", () => {
  it("rates each deal by its best source, unrated when no publisher is known", () => {
    expect(DATASET.deals.map((d) => dealTierFilter(d, table))).toEqual([
      "primary",
      "major",
      "secondary",
      "unrated",
    ]);
  });

  it("keeps the dataset and its graph as they are when every tier is chosen", () => {
    expect(keepsAllSourceTiers(SOURCE_TIER_FILTERS)).toBe(true);
    expect(scopeToSourceTiers(DATASET, GRAPH, SOURCE_TIER_FILTERS, table)).toEqual({
      dataset: DATASET,
      graph: GRAPH,
    });
  });

  it("keeps only the deals of the chosen tiers, with every entity", () => {
    const scoped = scopeToSourceTiers(DATASET, GRAPH, ["primary", "major"], table);
    expect(scoped.dataset.deals.map((d) => d.id)).toEqual(["filed", "wire"]);
    expect(scoped.graph.order).toBe(2);
    expect(scoped.graph.size).toBe(2);
  });

  it("toggles through the view state and round-trips through the link", () => {
    const state = reduceViewState(VIEW_STATE_DEFAULTS, {
      type: "toggleSourceTier",
      tier: "unrated",
    });
    expect(state.filters.sourceTiers).toEqual(["primary", "major", "secondary"]);
    const hash = encodeViewState(state);
    expect(hash).toBe("tiers=primary%2Cmajor%2Csecondary");
    expect(decodeViewState(hash).filters.sourceTiers).toEqual(["primary", "major", "secondary"]);
    expect(decodeViewState("tiers=major,bogus").filters.sourceTiers).toEqual(["major"]);
    expect(encodeViewState(VIEW_STATE_DEFAULTS)).toBe("");
  });

  it("on the curated dataset, draws and counts only the deals of the chosen tiers", () => {
    const curated = JSON.parse(readFileSync("data/deals.json", "utf8")) as Dataset;
    const graph = buildFinancingGraph(curated);
    const quotable = new Set(
      curated.deals
        .filter((d) => ["primary", "major"].includes(dealTierFilter(d, CURATED_PUBLISHERS)))
        .map((d) => d.id),
    );
    const filters = { ...FILTER_DEFAULTS, sourceTiers: ["primary", "major"] as const };
    const view = analyzeView(curated, graph, filters, null);
    for (const id of view.drawnDeals) expect(quotable.has(id), id).toBe(true);
    for (const id of view.countedDeals) expect(quotable.has(id), id).toBe(true);
    const all = analyzeView(curated, graph, FILTER_DEFAULTS, null);
    expect(view.summary.grossUsd).toBeLessThanOrEqual(all.summary.grossUsd);
  });
});
