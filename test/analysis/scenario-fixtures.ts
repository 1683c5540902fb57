// Fixtures for stress scenarios: entities given book equity, and the four-company example of the
// worked examples (docs/METHODOLOGY.md §7).

import type { Dataset } from "../../server/analysis/types.js";
import { datasetOf, deal } from "../fixtures/build-dataset.js";

/** The dataset with `financials.equityUsd` set on the named entities. */
export function withEquity(data: Dataset, equityUsd: Record<string, number>): Dataset {
  return {
    ...data,
    entities: data.entities.map((e) =>
      Object.hasOwn(equityUsd, e.id) ? { ...e, financials: { equityUsd: equityUsd[e.id] } } : e,
    ),
  };
}

/**
 * lab buys 100 of compute from cloud, cloud buys 80 of chips from chips, chips invested 30 in lab,
 * bank backstops cloud for 50; chips reports book equity 200.
 * A[cloud][lab] = 100, A[chips][cloud] = 80, A[chips][lab] = 30, A[bank][cloud] = 50 (contingent).
 */
export function fourCompanies(): Dataset {
  return withEquity(
    datasetOf(
      ["bank", "chips", "cloud", "lab"],
      [
        deal("d1", "lab", "cloud", 100, "compute_contract"),
        deal("d2", "cloud", "chips", 80, "chip_purchase"),
        deal("d3", "chips", "lab", 30, "equity"),
        deal("d4", "bank", "cloud", 50, "backstop"),
      ],
    ),
    { chips: 200 },
  );
}
