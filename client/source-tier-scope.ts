// The source-tier filter: only the deals whose best source (primary before major before
// secondary, "unrated" when no source's publisher is in the publishers table) is one of the chosen
// tiers. Applied before everything else, so a deal left out is neither drawn nor counted; a deal
// it replaced then stands again, as when the replacement is absent from the data.

import { buildFinancingGraph, type Dataset, type FinancingGraph } from "@engine";
import { CURATED_PUBLISHERS } from "../server/dataset/curated-publishers.js";
import { dealSourceTier } from "../server/dataset/deal-source-tier.js";
import {
  type PublisherTable,
  SOURCE_TIERS,
  type SourceTier,
} from "../server/dataset/publisher-table.js";

export const SOURCE_TIER_FILTERS: readonly (SourceTier | "unrated")[] = Object.freeze([
  ...SOURCE_TIERS,
  "unrated",
]);
export type SourceTierFilter = SourceTier | "unrated";

export interface ScopedDataset {
  dataset: Dataset;
  graph: FinancingGraph;
}

/** True when the tiers keep every deal: the dataset and its graph are used as they are. */
export function keepsAllSourceTiers(tiers: readonly SourceTierFilter[]): boolean {
  return SOURCE_TIER_FILTERS.every((tier) => tiers.includes(tier));
}

/** A deal's tier for the filter. */
export function dealTierFilter(
  deal: Dataset["deals"][number],
  table: PublisherTable = CURATED_PUBLISHERS,
): SourceTierFilter {
  return dealSourceTier(deal, table) ?? "unrated";
}

/** Only the deals of the chosen tiers (the worker's scope: it needs no graph). */
export function scopeDealsToSourceTiers(
  dataset: Dataset,
  tiers: readonly SourceTierFilter[],
): Dataset {
  if (keepsAllSourceTiers(tiers)) return dataset;
  const wanted = new Set(tiers);
  return { ...dataset, deals: dataset.deals.filter((deal) => wanted.has(dealTierFilter(deal))) };
}

const scopes = new WeakMap<Dataset, Map<string, ScopedDataset>>();

/** The dataset and graph restricted to the chosen tiers; computed once per dataset and choice. */
export function scopeToSourceTiers(
  dataset: Dataset,
  graph: FinancingGraph,
  tiers: readonly SourceTierFilter[],
  table: PublisherTable = CURATED_PUBLISHERS,
): ScopedDataset {
  if (keepsAllSourceTiers(tiers)) return { dataset, graph };
  const key = SOURCE_TIER_FILTERS.filter((tier) => tiers.includes(tier)).join(",");
  let byChoice = scopes.get(dataset);
  if (byChoice === undefined) {
    byChoice = new Map();
    scopes.set(dataset, byChoice);
  }
  const known = byChoice.get(key);
  if (known !== undefined && table === CURATED_PUBLISHERS) return known;
  const wanted = new Set(tiers);
  const scopedDataset: Dataset = {
    ...dataset,
    deals: dataset.deals.filter((deal) => wanted.has(dealTierFilter(deal, table))),
  };
  const scoped = { dataset: scopedDataset, graph: buildFinancingGraph(scopedDataset) };
  if (table === CURATED_PUBLISHERS) byChoice.set(key, scoped);
  return scoped;
}
