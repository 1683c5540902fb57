// Random viewer filters and dates for the client's property tests: every filter the panel offers,
// over the deal days of a dataset (or today).

import { AMOUNT_BASES, type Dataset, DEAL_STATUSES, DEAL_TYPES, normalizeDate } from "@engine";
import fc from "fast-check";
import { SOURCE_TIER_FILTERS } from "../../client/source-tier-scope.js";
import type { Filters } from "../../client/view-state.js";

const subsetInOrder = <T>(all: readonly T[]) =>
  fc.subarray([...all]).map((picked) => all.filter((item) => picked.includes(item)));

export const filtersArbitrary: fc.Arbitrary<Filters> = fc.record({
  view: fc.constantFrom("announced" as const, "committed" as const),
  types: subsetInOrder(DEAL_TYPES),
  statuses: subsetInOrder(DEAL_STATUSES),
  basis: subsetInOrder(AMOUNT_BASES),
  minAmountUsd: fc.constantFrom(0, 0, 1e8, 1e9, 1e10),
  backstopsCalled: fc.boolean(),
  includeSuperseded: fc.boolean(),
  sourceTiers: fc.oneof(fc.constant(SOURCE_TIER_FILTERS), subsetInOrder(SOURCE_TIER_FILTERS)),
});

/** null (today) or one of the dataset's deal days. */
export function asOfArbitrary(dataset: Dataset): fc.Arbitrary<string | null> {
  const days = [...new Set(dataset.deals.map((deal) => normalizeDate(deal.date)))].filter(
    (day): day is string => day !== null,
  );
  return fc.option(fc.constantFrom(...days), { freq: 3 });
}
