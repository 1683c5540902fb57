// The supersession rule (SPEC §2): a deal is out whenever a deal that supersedes it — directly or
// through a chain of `supersedes` links — passes all the other inclusion options.

import type { Deal } from "./types.js";

/**
 * The deals superseded under a per-deal test: superseded id → id of a passing deal that
 * supersedes it (the first passing deal, in input order, whose chain reaches it). Links to missing
 * deals are ignored; a supersession loop (a validation error) cannot make this run forever.
 */
export function supersededDeals(
  deals: readonly Deal[],
  passes: (deal: Deal) => boolean,
): Map<string, string> {
  const byId = new Map<string, Deal>();
  for (const deal of deals) if (!byId.has(deal.id)) byId.set(deal.id, deal);
  const superseded = new Map<string, string>();
  for (const deal of deals) {
    if (deal.supersedes === undefined || !passes(deal)) continue;
    // Walk up the chain; a deal already marked has its whole chain marked (each walk marks every
    // deal it passes), so the walk stops there: linear time overall, and loops end too.
    let target = byId.get(deal.supersedes);
    while (target !== undefined && !superseded.has(target.id)) {
      superseded.set(target.id, deal.id);
      target = target.supersedes === undefined ? undefined : byId.get(target.supersedes);
    }
  }
  return superseded;
}
