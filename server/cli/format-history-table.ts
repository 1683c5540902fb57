// Human output of `roundtrip history`: one row per period end, the announced and committed
// figures side by side (and the entity's round-trip share in both views when asked).

import { formatShare } from "../../shared/format/format-share.js";
import { formatUsd } from "../../shared/format/format-usd.js";
import type { History } from "../analysis/compute-history.js";
import { formatTable, type TableColumn } from "./format-table.js";

const percent = (share: number | undefined) => formatShare(share ?? 0);

export function formatHistoryTable(history: History): string {
  const columns: TableColumn[] = [
    { title: "as of" },
    { title: "gross announced", align: "right" },
    { title: "gross committed", align: "right" },
    { title: "Finn announced", align: "right" },
    { title: "Finn committed", align: "right" },
    { title: "cycles announced", align: "right" },
    { title: "cycles committed", align: "right" },
  ];
  if (history.entity !== null) {
    columns.push(
      { title: `${history.entity} round-trip announced`, align: "right" },
      { title: `${history.entity} round-trip committed`, align: "right" },
    );
  }
  const rows = history.points.map(({ asOf, announced, committed }) => {
    const row = [
      asOf,
      formatUsd(announced.grossUsd),
      formatUsd(committed.grossUsd),
      percent(announced.finnCyclingIndex),
      percent(committed.finnCyclingIndex),
      String(announced.cycleCount),
      String(committed.cycleCount),
    ];
    if (history.entity !== null) {
      row.push(percent(announced.roundTripShare), percent(committed.roundTripShare));
    }
    return row;
  });
  return formatTable(columns, rows);
}
