// A source's tier: the tier of its original publisher when the page read is a copy and that
// publisher is in the table (matched by name), otherwise the tier of the host it was read on.

import type { Source } from "../analysis/types.js";
import { findPublisher } from "./find-publisher.js";
import type { PublisherTable, SourceTier } from "./publisher-table.js";
import { sourceHost } from "./source-host.js";

export interface SourceTierInfo {
  /** null when neither the original publisher nor the host is in the table. */
  tier: SourceTier | null;
  /** Normalised host of the URL, null for a missing or non-http(s) URL. */
  host: string | null;
  /** The site's name from the table, when its host is known. */
  site: string | null;
  /** Whether the original publisher (when the source names one) is in the table. */
  originalKnown: boolean | null;
}

const nameIndexes = new WeakMap<PublisherTable, Map<string, SourceTier>>();

/** Tier by publisher name, case-insensitive; the first row of a name wins. A trailing note in
 * parentheses ("CoreWeave (SEC filing)") is tried without it too. */
function tierByName(table: PublisherTable, name: string): SourceTier | undefined {
  let index = nameIndexes.get(table);
  if (!index) {
    index = new Map();
    for (const entry of Object.values(table)) {
      const key = entry.publisher.trim().toLowerCase();
      if (!index.has(key)) index.set(key, entry.tier);
    }
    nameIndexes.set(table, index);
  }
  const key = name.trim().toLowerCase();
  return index.get(key) ?? index.get(key.replace(/\s*\([^()]*\)$/, ""));
}

export function sourceTier(source: Source, table: PublisherTable): SourceTierInfo {
  const host = sourceHost(source.url);
  const match = host === null ? null : findPublisher(table, host);
  const originalName = source.original?.publisher?.trim();
  const originalTier = originalName ? tierByName(table, originalName) : undefined;
  return {
    tier: originalTier ?? match?.tier ?? null,
    host,
    site: match?.publisher ?? null,
    originalKnown: originalName ? originalTier !== undefined : null,
  };
}
