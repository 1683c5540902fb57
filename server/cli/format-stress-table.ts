// Human output of `roundtrip stress`: the system figures, then one row per entity hit (shocked or
// with a loss), largest dollar loss first; book equity with the date of the balance sheet it is
// from (the entity's financials.asOf), as the viewer's ranking gives it.

import { formatShare } from "../../shared/format/format-share.js";
import { formatUsd } from "../../shared/format/format-usd.js";
import type { ScenarioResult } from "../analysis/run-scenario.js";
import type { Shock } from "../analysis/scenario-options.js";
import { escapeTerminal } from "./escape-terminal.js";
import { formatTable } from "./format-table.js";

export function formatStressTable(
  result: ScenarioResult,
  shocks: readonly Shock[],
  capitalShare: number,
  /** Entity id → financials.asOf, for capital from book equity. */
  equityAsOf: ReadonlyMap<string, string> = new Map(),
): string {
  const shocked = shocks.map((s) =>
    s.shock === 1 ? `${s.id} fails` : `${s.id} loses ${formatShare(s.shock)}`,
  );
  const model = result.model === "debtrank" ? "linear DebtRank" : "default cascade";
  const hit = result.entities
    .filter((row) => row.relativeLoss > 0 || row.shock > 0)
    .sort(
      (a, b) => b.lossUsd - a.lossUsd || b.relativeLoss - a.relativeLoss || (a.id < b.id ? -1 : 1),
    );
  const rows = hit.map((row) => [
    row.id,
    formatUsd(row.capitalUsd),
    row.capitalBasis === "equity"
      ? `book equity${equityAsOf.has(row.id) ? ` ${equityAsOf.get(row.id)}` : ""}`
      : `${formatShare(capitalShare)} of throughput`,
    row.shock > 0 ? formatShare(row.shock) : "",
    formatUsd(row.lossUsd),
    formatShare(row.relativeLoss),
    row.defaultRound === null
      ? ""
      : row.defaultRound === 0
        ? "shocked"
        : `round ${row.defaultRound}`,
  ]);
  const rounds =
    result.model === "debtrank"
      ? `${result.rounds} rounds${result.converged ? "" : " (did not converge: losses are lower bounds)"}`
      : `${result.rounds} rounds of defaults`;
  const defaults = result.entities.filter((row) => row.defaulted).length;
  const lines = [
    `Scenario: ${escapeTerminal(shocked.join(", "))} — ${model}, ${rounds}`,
    `System loss ${formatUsd(result.systemLossUsd)} of ${formatUsd(result.totalCapitalUsd)} capital; DebtRank ${result.debtRank.toFixed(4)} (share of all capital lost beyond the shock); ${defaults} defaulted`,
    "",
    formatTable(
      [
        { title: "entity" },
        { title: "capital", align: "right" },
        { title: "capital basis" },
        { title: "shock", align: "right" },
        { title: "loss", align: "right" },
        { title: "of capital", align: "right" },
        { title: "defaulted" },
      ],
      rows,
    ),
  ];
  return lines.join("\n");
}
