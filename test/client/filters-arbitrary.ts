// Random viewer filters and dates for the client's property tests: every filter the panel offers,
// over the deal days of a dataset (or today).

import { AMOUNT_BASES, type Dataset, DEAL_STATUSES, DEAL_TYPES, normalizeDate } from "@engine";
import fc from "fast-check";
import { SOURCE_TIER_FILTERS } from "../../client/source-tier-scope.js";
import { FILTER_DEFAULTS, type Filters } from "../../client/view-state.js";

const subsetInOrder = <T>(all: readonly T[]) =>
  fc.subarray([...all]).map((picked) => all.filter((item) => picked.includes(item)));

/** The default half of the time: random subsets alone mostly leave no loop to check. */
const orDefault = <T>(value: T, arbitrary: fc.Arbitrary<T>) =>
  fc.oneof(fc.constant(value), arbitrary);

export const filtersArbitrary: fc.Arbitrary<Filters> = fc.record({
  view: fc.constantFrom("announced" as const, "committed" as const),
  types: orDefault(FILTER_DEFAULTS.types, subsetInOrder(DEAL_TYPES)),
  statuses: orDefault(FILTER_DEFAULTS.statuses, subsetInOrder(DEAL_STATUSES)),
  basis: orDefault(FILTER_DEFAULTS.basis, subsetInOrder(AMOUNT_BASES)),
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
