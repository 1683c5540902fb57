// The scenario panel's ranking (SPEC §6 result → rows people read): the entities hit, largest
// dollar loss first, each with its share of capital, the capital's basis in words and the round it
// defaulted in. Pure: tested without a DOM.

import type { FinancingGraph, ScenarioResult } from "@engine";
import { entityName } from "../names.js";

export interface RankedLoss {
  id: string;
  name: string;
  lossUsd: number;
  relativeLoss: number;
  capitalUsd: number;
  /** "book equity" or "25% of deal throughput (no financials)". */
  capitalBasis: string;
  shock: number;
  /** null: not defaulted; 0: shocked to fail; k: defaulted in round k. */
  defaultRound: number | null;
}

export function rankScenario(
  graph: FinancingGraph,
  result: ScenarioResult,
  capitalShare: number,
): RankedLoss[] {
  const share = `${Math.round(capitalShare * 1000) / 10}%`;
  return result.entities
    .filter((row) => row.relativeLoss > 0 || row.shock > 0)
    .map((row) => ({
      id: row.id,
      name: entityName(graph, row.id),
      lossUsd: row.lossUsd,
      relativeLoss: row.relativeLoss,
      capitalUsd: row.capitalUsd,
      capitalBasis:
        row.capitalBasis === "equity"
          ? `book equity${asOfNote(graph, row.id)}`
          : `${share} of deal throughput (no financials)`,
      shock: row.shock,
      defaultRound: row.defaultRound,
    }))
    .sort(
      (a, b) =>
        b.lossUsd - a.lossUsd ||
        b.relativeLoss - a.relativeLoss ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

function asOfNote(graph: FinancingGraph, id: string): string {
  const asOf = graph.hasNode(id) ? graph.getNodeAttributes(id).financials?.asOf : undefined;
  return asOf ? `, ${asOf}` : "";
}
