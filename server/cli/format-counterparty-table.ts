// Human output of one entity's counterparty exposure (SPEC §4): what it stands to lose to each
// counterparty, the contingent part apart, and the ratios to its revenue and book equity.

import { formatShare } from "../../shared/format/format-share.js";
import { formatUsd } from "../../shared/format/format-usd.js";
import type { CounterpartyExposure } from "../analysis/counterparty-exposure.js";
import { escapeTerminal } from "./escape-terminal.js";
import { formatTable } from "./format-table.js";

const percent = (share: number | null) => (share === null ? "" : formatShare(share));

function listDeals(deals: readonly string[]): string {
  if (deals.length <= 3) return deals.join(", ");
  return `${deals.slice(0, 3).join(", ")} +${deals.length - 3} more`;
}

export function formatCounterpartyTable(row: CounterpartyExposure): string {
  const total = row.totalExposureUsd;
  const head = `${escapeTerminal(row.id)} stands to lose ${formatUsd(total)} if its counterparties cannot pay (${formatUsd(row.contingentUsd)} of it contingent guarantees)${
    row.revenueRatio === null ? "" : `; ${percent(row.revenueRatio)} of its revenue`
  }${row.equityRatio === null ? "" : `; ${percent(row.equityRatio)} of its book equity`}`;
  if (row.exposureTo.length === 0) return head;
  const table = formatTable(
    [
      { title: "exposed to" },
      { title: "amount", align: "right" },
      { title: "contingent", align: "right" },
      { title: "share", align: "right" },
      { title: "/ revenue", align: "right" },
      { title: "/ equity", align: "right" },
      { title: "deals" },
    ],
    row.exposureTo.map((cell) => [
      cell.counterparty,
      formatUsd(cell.amountUsd),
      cell.contingentUsd > 0 ? formatUsd(cell.contingentUsd) : "",
      total > 0 ? percent(cell.amountUsd / total) : "",
      percent(cell.revenueRatio),
      percent(cell.equityRatio),
      listDeals(cell.deals),
    ]),
  );
  return `${head}\n\n${table}`;
}
