// An entity's counterparty exposure both ways (SPEC §4): whom it stands to lose money to ("exposed
// to"), and who stands to lose money if it cannot pay ("exposed to it"), largest first, the
// contingent part apart. Pure: tested without a DOM.

import type { CounterpartyExposure } from "@engine";

export interface ExposureLine {
  /** The other entity. */
  id: string;
  amountUsd: number;
  contingentUsd: number;
  /** Ratio of the amount to the holder's revenue / book equity; null without financials. */
  revenueRatio: number | null;
  equityRatio: number | null;
  deals: readonly string[];
}

export function counterpartyLists(
  rows: readonly CounterpartyExposure[],
  id: string,
): { exposedTo: ExposureLine[]; exposedToIt: ExposureLine[] } {
  const own = rows.find((row) => row.id === id);
  const exposedTo = (own?.exposureTo ?? [])
    .filter((cell) => cell.amountUsd > 0)
    .map((cell) => ({
      id: cell.counterparty,
      amountUsd: cell.amountUsd,
      contingentUsd: cell.contingentUsd,
      revenueRatio: cell.revenueRatio,
      equityRatio: cell.equityRatio,
      deals: cell.deals,
    }));
  const exposedToIt: ExposureLine[] = [];
  for (const row of rows) {
    if (row.id === id) continue;
    const cell = row.exposureTo.find((c) => c.counterparty === id);
    if (cell === undefined || !(cell.amountUsd > 0)) continue;
    exposedToIt.push({
      id: row.id,
      amountUsd: cell.amountUsd,
      contingentUsd: cell.contingentUsd,
      revenueRatio: cell.revenueRatio,
      equityRatio: cell.equityRatio,
      deals: cell.deals,
    });
  }
  exposedToIt.sort((a, b) => b.amountUsd - a.amountUsd || (a.id < b.id ? -1 : 1));
  return { exposedTo, exposedToIt };
}
