// What a deal's amount is: a firm commitment, or a promise of some kind (SPEC §2.1's committed
// view: committed basis, signed or closed, no condition, neither warrant nor backstop), and which
// deals replaced it (SPEC §2's `supersedes`). Pure: the graph, chips and panels read these.

import { type Deal, isDealCommitted } from "@engine";
import { formatLabel } from "./format.js";

/** Why a deal's amount is not a firm commitment, in plain words; empty when it is one. */
export function uncommittedReasons(deal: Deal): string[] {
  const reasons: string[] = [];
  if (deal.amountBasis !== "committed") reasons.push(formatLabel(deal.amountBasis));
  if (deal.status !== "signed" && deal.status !== "closed") reasons.push(formatLabel(deal.status));
  if (deal.condition) reasons.push("conditional");
  if (deal.type === "warrant" || deal.type === "backstop") reasons.push(formatLabel(deal.type));
  return reasons;
}

/** Whether the committed view counts the deal (before the other options): the engine's test. */
export const isFirmDeal: (deal: Deal) => boolean = isDealCommitted;

/** "headline · announced", "committed · signed · conditional": what the chip says beside the type. */
export function dealTerms(deal: Deal): string {
  const terms = [formatLabel(deal.amountBasis), formatLabel(deal.status)];
  if (deal.condition) terms.push("conditional");
  return terms.join(" · ");
}

/** For every deal that another deal supersedes, the ids of the deals that replace it (data order). */
export function replacementsOf(deals: readonly Deal[]): ReadonlyMap<string, readonly string[]> {
  const replacements = new Map<string, string[]>();
  for (const deal of deals) {
    if (deal.supersedes === undefined) continue;
    const list = replacements.get(deal.supersedes);
    if (list) list.push(deal.id);
    else replacements.set(deal.supersedes, [deal.id]);
  }
  return replacements;
}
