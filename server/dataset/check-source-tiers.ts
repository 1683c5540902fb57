// Source-quality warnings against a publishers table: a host or original publisher the table
// does not know, and a deal with no primary or major source.

import type { Problem, Source } from "../analysis/types.js";
import type { PublisherTable } from "./publisher-table.js";
import { sourceTier } from "./source-tier.js";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export function checkSourceTiers(
  deals: readonly unknown[],
  table: PublisherTable,
  warnings: Problem[],
): void {
  deals.forEach((deal, i) => {
    if (!isRecord(deal) || !Array.isArray(deal.sources)) return;
    let quoted = false;
    deal.sources.forEach((source, k) => {
      if (!isRecord(source)) return;
      const info = sourceTier(source as Source, table);
      if (info.tier === "primary" || info.tier === "major") quoted = true;
      if (info.host !== null && info.site === null) {
        warnings.push({
          path: `deals[${i}].sources[${k}].url`,
          message: `unknown publisher host ${JSON.stringify(info.host)}: add it to data/publishers.json`,
        });
      }
      if (info.originalKnown === false) {
        const name = String((source.original as Record<string, unknown>).publisher);
        warnings.push({
          path: `deals[${i}].sources[${k}].original.publisher`,
          message: `unknown original publisher ${JSON.stringify(name)}: add its site to data/publishers.json`,
        });
      }
    });
    if (!quoted) {
      warnings.push({
        path: `deals[${i}].sources`,
        message:
          "no primary or major source: cite a filing, company release, wire service or major outlet",
      });
    }
  });
}
