// The loops table as CSV: one row per cycle (SPEC §3) in report order — its entities, hops,
// announced and committed bottleneck, the limiting hop, its deals and the dates they span.
// Formula-safe like the other CSV exports.

import { loopLabel } from "../../shared/loop-label.js";
import type { Cycle } from "../analysis/find-cycles.js";
import { normalizeDate } from "../analysis/inclusion.js";
import type { Dataset } from "../analysis/types.js";
import type { CellValue } from "./export-columns.js";
import { escapeFormula, toCsv } from "./export-csv.js";

export const CYCLE_CSV_HEADERS = [
  "rank",
  "hops",
  "loop",
  "entityIds",
  "bottleneckUsd",
  "committedBottleneckUsd",
  "bottleneckHop",
  "dealCount",
  "deals",
  "firstDate",
  "lastDate",
] as const;

/** One row per loop, in the order given (the report's: bottleneck descending). */
export function exportCyclesCsv(dataset: Dataset, cycles: readonly Cycle[]): string {
  const names = new Map(dataset.entities.map((e) => [e.id, e.name]));
  const deals = new Map(dataset.deals.map((d) => [d.id, d]));
  const name = (id: string) => names.get(id) ?? id;
  const rows = cycles.map((cycle, index): CellValue[] => {
    const hop = cycle.bottleneckHop;
    const ids = cycle.deals.flat();
    const dates = ids
      .map((id) => deals.get(id)?.date)
      .filter((date): date is string => date !== undefined && normalizeDate(date) !== null)
      .sort((a, b) => normalizeDate(a)!.localeCompare(normalizeDate(b)!));
    const row: CellValue[] = [
      index + 1,
      cycle.nodes.length,
      loopLabel(cycle.nodes, name),
      loopLabel(cycle.nodes),
      cycle.bottleneckUsd,
      // Absent only when the report was made without the committed view.
      cycle.committedBottleneckUsd ?? null,
      `${name(cycle.nodes[hop]!)} → ${name(cycle.nodes[(hop + 1) % cycle.nodes.length]!)}`,
      ids.length,
      cycle.deals.map((h) => h.join(" ")).join(" | "),
      dates[0] ?? null,
      dates.at(-1) ?? null,
    ];
    return row.map(escapeFormula);
  });
  return toCsv(CYCLE_CSV_HEADERS, rows);
}
