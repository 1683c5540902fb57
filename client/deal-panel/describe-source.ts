// What the deal panel says about one source: its title, who published it (the original
// publisher first, "Reuters, via The Telegraph India", when the page read is a copy), its date
// and its tier from the publishers table. Pure: the DOM is built in sources-list.

import type { Source } from "@engine";
import type { PublisherTable, SourceTier } from "../../server/dataset/publisher-table.js";
import { sourceTier } from "../../server/dataset/source-tier.js";

export interface SourceDescription {
  title: string;
  /** "Reuters, via The Telegraph India", or the publisher alone; null when nobody is named. */
  credit: string | null;
  date: string | null;
  /** null when the table knows neither the original publisher nor the site. */
  tier: SourceTier | null;
}

export function describeSource(source: Source, table: PublisherTable): SourceDescription {
  const info = sourceTier(source, table);
  const site = source.publisher?.trim() || info.site || info.host || null;
  const original = source.original?.publisher?.trim() || null;
  const credit =
    original && site && original.toLowerCase() !== site.toLowerCase()
      ? `${original}, via ${site}`
      : (original ?? site);
  const title =
    source.title?.trim() ||
    source.original?.title?.trim() ||
    credit ||
    source.url ||
    "Untitled source";
  return {
    title,
    credit: title === credit ? null : credit,
    date: source.date ?? source.original?.date ?? null,
    tier: info.tier,
  };
}
