// Human output of `roundtrip cycles`: one row per cycle, then a line saying how many and whether a
// bound cut the list.

import { formatUsd } from "../../shared/format/format-usd.js";
import { loopLabel } from "../../shared/loop-label.js";
import type { CycleReport } from "../analysis/find-cycles.js";
import { formatTable } from "./format-table.js";

export function formatCycleTable(report: CycleReport, maxLength: number): string {
  const { cycles } = report;
  const bound = maxLength === Number.POSITIVE_INFINITY ? "no length bound" : `≤ ${maxLength} hops`;
  const noun = cycles.length === 1 ? "cycle" : "cycles";
  const footer = report.truncated
    ? `${cycles.length} ${noun} (${bound}); truncated by ${report.truncatedReason}: more exist`
    : `${cycles.length} ${noun} (${bound})`;
  if (cycles.length === 0) return footer;
  const rows = cycles.map((cycle, k) => [
    String(k + 1),
    formatUsd(cycle.bottleneckUsd),
    String(cycle.nodes.length),
    loopLabel(cycle.nodes),
  ]);
  const table = formatTable(
    [
      { title: "#", align: "right" },
      { title: "bottleneck", align: "right" },
      { title: "hops", align: "right" },
      { title: "cycle" },
    ],
    rows,
  );
  return `${table}\n\n${footer}`;
}
