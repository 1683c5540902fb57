// Counterparty exposure E[x][y] (SPEC §4): what x stands to lose if y fails — revenue x expects
// from y, capital x put into y, warrants x holds on y, and guarantees x gave for y (contingent,
// always counted here whatever `backstopsCalled` says, and reported apart).

import { compareIds, type FinancingGraph } from "./build-financing-graph.js";
import { createDealFilter } from "./deal-filter.js";
import { graphDeals } from "./graph-deals.js";
import type { InclusionOptions } from "./inclusion.js";
import type { DealType } from "./types.js";

export interface ExposureRow {
  readonly counterparty: string;
  /** Total: revenue + capital + warrants + contingent. */
  readonly amountUsd: number;
  /** y → x compute_contract, chip_purchase, license, revenue_share. */
  readonly revenueUsd: number;
  /** x → y equity, loan. */
  readonly capitalUsd: number;
  /** y → x warrant (value, not cash). */
  readonly warrantUsd: number;
  /** x → y backstop (contingent: no cash unless called). */
  readonly contingentUsd: number;
  readonly deals: readonly string[];
  /** amountUsd / the holder's financials.revenueUsd; null without a positive revenue. */
  readonly revenueRatio: number | null;
  /** amountUsd / the holder's financials.equityUsd; null without a positive equity. */
  readonly equityRatio: number | null;
}

export interface CounterpartyExposure {
  readonly id: string;
  /** Largest first, ties by counterparty id. */
  readonly exposureTo: readonly ExposureRow[];
  readonly totalExposureUsd: number;
  readonly contingentUsd: number;
  /** The largest row and its share of the total; null when the total is 0. */
  readonly topExposure: { counterparty: string; amountUsd: number; share: number } | null;
  /** totalExposureUsd / financials.revenueUsd; null without a positive revenue. */
  readonly revenueRatio: number | null;
  /** totalExposureUsd / financials.equityUsd; null without a positive equity. */
  readonly equityRatio: number | null;
}

/** amount / base, or null when the base is missing or not positive. */
const ratio = (amountUsd: number, baseUsd: number | undefined) =>
  baseUsd !== undefined && baseUsd > 0 ? amountUsd / baseUsd : null;

type Part = "revenueUsd" | "capitalUsd" | "warrantUsd" | "contingentUsd";
/** Whose exposure a deal creates: the payee ("to") or the payer ("from"), and under which part. */
const ROLE: Partial<Record<DealType, { holder: "from" | "to"; part: Part }>> = {
  compute_contract: { holder: "to", part: "revenueUsd" },
  chip_purchase: { holder: "to", part: "revenueUsd" },
  license: { holder: "to", part: "revenueUsd" },
  revenue_share: { holder: "to", part: "revenueUsd" },
  equity: { holder: "from", part: "capitalUsd" },
  loan: { holder: "from", part: "capitalUsd" },
  backstop: { holder: "from", part: "contingentUsd" },
  warrant: { holder: "to", part: "warrantUsd" },
};

/** One row set per entity, in entity id order. */
export function computeCounterpartyExposure(
  graph: FinancingGraph,
  options: Partial<InclusionOptions> = {},
): CounterpartyExposure[] {
  const deals = graphDeals(graph);
  const included = createDealFilter(deals, { ...options, backstopsCalled: true });
  const rows = new Map<string, Map<string, Record<Part, number> & { deals: string[] }>>();
  for (const id of graph.nodes()) rows.set(id, new Map());
  for (const deal of deals) {
    const { id: key, from: source, to: target } = deal;
    const role = ROLE[deal.type];
    if (!role || source === target || !included(deal)) continue;
    const holder = role.holder === "from" ? source : target;
    const counterparty = role.holder === "from" ? target : source;
    const byCounterparty = rows.get(holder)!;
    let row = byCounterparty.get(counterparty);
    if (!row) {
      row = { revenueUsd: 0, capitalUsd: 0, warrantUsd: 0, contingentUsd: 0, deals: [] };
      byCounterparty.set(counterparty, row);
    }
    row[role.part] += deal.amountUsd ?? 0;
    row.deals.push(key);
  }
  const result: CounterpartyExposure[] = [];
  for (const id of [...rows.keys()].sort(compareIds)) {
    const financials = graph.getNodeAttributes(id).financials;
    const revenueUsd = financials?.revenueUsd;
    const equityUsd = financials?.equityUsd;
    const exposureTo: ExposureRow[] = [...rows.get(id)!].map(([counterparty, row]) => ({
      counterparty,
      amountUsd: row.revenueUsd + row.capitalUsd + row.warrantUsd + row.contingentUsd,
      revenueUsd: row.revenueUsd,
      capitalUsd: row.capitalUsd,
      warrantUsd: row.warrantUsd,
      contingentUsd: row.contingentUsd,
      deals: row.deals.sort(compareIds),
      revenueRatio: ratio(
        row.revenueUsd + row.capitalUsd + row.warrantUsd + row.contingentUsd,
        revenueUsd,
      ),
      equityRatio: ratio(
        row.revenueUsd + row.capitalUsd + row.warrantUsd + row.contingentUsd,
        equityUsd,
      ),
    }));
    exposureTo.sort(
      (a, b) => b.amountUsd - a.amountUsd || compareIds(a.counterparty, b.counterparty),
    );
    let total = 0;
    let contingent = 0;
    for (const row of exposureTo) {
      total += row.amountUsd;
      contingent += row.contingentUsd;
    }
    const top = exposureTo[0];
    result.push({
      id,
      exposureTo,
      totalExposureUsd: total,
      contingentUsd: contingent,
      topExposure:
        top && total > 0
          ? {
              counterparty: top.counterparty,
              amountUsd: top.amountUsd,
              share: top.amountUsd / total,
            }
          : null,
      revenueRatio: ratio(total, revenueUsd),
      equityRatio: ratio(total, equityUsd),
    });
  }
  return result;
}
