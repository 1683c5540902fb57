// Look a host up in the publishers table: the longest key that is the host itself or one of its
// parent domains wins (news.example.com matches example.com unless it has its own row).

import type { PublisherEntry, PublisherTable } from "./publisher-table.js";

export interface PublisherMatch extends PublisherEntry {
  /** The table key that matched. */
  host: string;
}

export function findPublisher(table: PublisherTable, host: string): PublisherMatch | null {
  let candidate = host.toLowerCase().replace(/\.$/, "");
  if (candidate.startsWith("www.")) candidate = candidate.slice(4);
  // Dropping one leading label at a time visits the suffixes longest first.
  while (candidate.includes(".")) {
    const entry = Object.hasOwn(table, candidate) ? table[candidate] : undefined;
    if (entry) return { host: candidate, publisher: entry.publisher, tier: entry.tier };
    candidate = candidate.slice(candidate.indexOf(".") + 1);
  }
  return null;
}
