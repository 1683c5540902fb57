// Human output of `roundtrip summary`: one labelled figure a line, the announced and committed
// views side by side (a column each), values aligned.

import { formatShare } from "../../shared/format/format-share.js";
import { formatUsd } from "../../shared/format/format-usd.js";
import type { SystemSummary } from "../analysis/compute-summary.js";
import type { ViewSummaries } from "../analysis/compute-view-summaries.js";
import { formatTable } from "./format-table.js";

function figures(summary: SystemSummary): string[] {
  const cycles = `${summary.cycleCount}${summary.cyclesTruncated ? " (truncated)" : ""}`;
  return [
    String(summary.entityCount),
    String(summary.includedDealCount),
    String(summary.pairCount),
    formatUsd(summary.grossUsd),
    formatUsd(summary.netUsd),
    formatUsd(summary.compressibleExcessUsd),
    formatShare(summary.compressibleShare),
    formatShare(summary.finnCyclingIndex),
    cycles,
    String(summary.largestComponentSize),
    String(summary.cyclingEntityCount),
  ];
}

const LABELS = [
  "entities",
  "included deals",
  "counterparty pairs",
  "gross flow",
  "net flow",
  "compressible excess",
  "compressible share",
  "Finn cycling index",
  "cycles",
  "largest strongly connected component",
  "entities with round-trip flow",
];

export function formatSummary(summaries: ViewSummaries): string {
  const announced = figures(summaries.announced);
  const committed = figures(summaries.committed);
  const rows = LABELS.map((label, k) => [label, announced[k]!, committed[k]!]);
  return formatTable(
    [
      { title: "figure" },
      { title: "announced", align: "right" },
      { title: "committed", align: "right" },
    ],
    rows,
  );
}
