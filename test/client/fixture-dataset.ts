// A tiny dataset for the client tests: a three-way loop, a two-way loop, a backstop, an
// undisclosed amount and an entity on no loop.

import type { Dataset, Deal } from "@engine";
import { deal as fixtureDeal } from "../fixtures/build-dataset.js";

/** The one fixture deal builder, with this fixture's date and status. */
const deal = (
  id: string,
  from: string,
  to: string,
  amountUsd: number | null,
  extra: Partial<Deal> = {},
) =>
  fixtureDeal(id, from, to, amountUsd, extra.type ?? "equity", {
    date: "2024-01-01",
    status: "closed",
    ...extra,
  });

export const FIXTURE: Dataset = {
  entities: [
    { id: "a", name: "Alpha Labs", kind: "ai_lab" },
    { id: "b", name: "Beta Chips", kind: "chipmaker" },
    { id: "c", name: "Gamma Cloud", kind: "hyperscaler" },
    { id: "d", name: "Delta Fund", kind: "investor" },
    { id: "e", name: "Epsilon Bank", kind: "lender" },
  ],
  deals: [
    deal("ab", "a", "b", 30e9, { type: "chip_purchase", date: "2024-02-01" }),
    deal("bc", "b", "c", 10e9, { date: "2024-03-01" }),
    deal("ca", "c", "a", 20e9, { type: "compute_contract", date: "2025-01-15" }),
    deal("ba", "b", "a", 5e9, { date: "2025-06" }),
    deal("da", "d", "a", null, { date: "2023" }),
    deal("eb", "e", "b", 8e9, { type: "backstop", date: "2025-02-01" }),
  ],
};
