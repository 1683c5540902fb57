// Human output of `roundtrip exposure`: one aligned row per entity.

import { formatShare } from "../../shared/format/format-share.js";
import { formatUsd } from "../../shared/format/format-usd.js";
import type { EntityExposure } from "../analysis/compute-exposure.js";
import { formatTable } from "./format-table.js";

function listDeals(deals: readonly string[]): string {
  if (deals.length <= 3) return deals.join(", ");
  return `${deals.slice(0, 3).join(", ")} +${deals.length - 3} more`;
}

export function formatExposureTable(entities: readonly EntityExposure[]): string {
  const rows = entities.map((row) => [
    row.id,
    formatUsd(row.outflowUsd),
    formatUsd(row.inflowUsd),
    formatShare(row.roundTripShare),
    formatUsd(row.roundTripUsd),
    formatUsd(row.maxRoundTripUsd),
    listDeals(row.bottleneckDeals),
  ]);
  return formatTable(
    [
      { title: "entity" },
      { title: "outflow", align: "right" },
      { title: "inflow", align: "right" },
      { title: "round-trip", align: "right" },
      { title: "round-trip $", align: "right" },
      { title: "max round-trip $", align: "right" },
      { title: "bottleneck deals" },
    ],
    rows,
  );
}
