// Human output of `roundtrip summary`: one labelled figure a line, values aligned.

import type { SystemSummary } from "../analysis/compute-summary.js";
import { formatTable } from "./format-table.js";
import { formatUsd } from "./format-usd.js";

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

export function formatSummary(summary: SystemSummary): string {
  const cycles = `${summary.cycleCount}${summary.cyclesTruncated ? " (truncated)" : ""}`;
  const rows = [
    ["entities", String(summary.entityCount)],
    ["included deals", String(summary.includedDealCount)],
    ["counterparty pairs", String(summary.pairCount)],
    ["gross flow", formatUsd(summary.grossUsd)],
    ["net flow", formatUsd(summary.netUsd)],
    ["compressible excess", formatUsd(summary.compressibleExcessUsd)],
    ["compressible share", percent(summary.compressibleShare)],
    ["Finn cycling index", percent(summary.finnCyclingIndex)],
    ["cycles", cycles],
    ["largest strongly connected component", String(summary.largestComponentSize)],
    ["entities with round-trip flow", String(summary.cyclingEntityCount)],
  ];
  return formatTable([{ title: "figure" }, { title: "value", align: "right" }], rows);
}
