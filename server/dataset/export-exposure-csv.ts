// The exposure table as CSV: one row per entity (SPEC §4), every figure the engine reports —
// flows, round-trip share and dollars, max round-trip and its bottleneck deals, Finn's return
// probability, inflow concentration, vendor-financed share. Formula-safe like the other CSVs.

import type { EntityExposure } from "../analysis/compute-exposure.js";
import type { Dataset } from "../analysis/types.js";
import type { CellValue } from "./export-columns.js";
import { escapeFormula, toCsv } from "./export-csv.js";

export const EXPOSURE_CSV_HEADERS = [
  "id",
  "name",
  "kind",
  "outflowUsd",
  "inflowUsd",
  "roundTripShare",
  "roundTripUsd",
  "maxRoundTripUsd",
  "bottleneckDeals",
  "returnProbability",
  "topCounterparty",
  "topCounterpartyName",
  "topCounterpartyShare",
  "vendorFinancedShare",
] as const;

/** An exposure row; the viewer leaves the max round-trip null until it is computed. */
export type ExposureCsvRow = Omit<EntityExposure, "maxRoundTripUsd" | "bottleneckDeals"> & {
  readonly maxRoundTripUsd: number | null;
  readonly bottleneckDeals: readonly string[] | null;
};

/** One row per exposure row, in the order given (the engine's: entity id order). */
export function exportExposureCsv(dataset: Dataset, entities: readonly ExposureCsvRow[]): string {
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  const rows = entities.map((row): CellValue[] => {
    const entity = byId.get(row.id);
    const top = row.topCounterparty;
    const cells: CellValue[] = [
      row.id,
      entity?.name ?? row.id,
      entity?.kind ?? null,
      row.outflowUsd,
      row.inflowUsd,
      row.roundTripShare,
      row.roundTripUsd,
      row.maxRoundTripUsd,
      row.bottleneckDeals === null ? null : row.bottleneckDeals.join(" "),
      row.returnProbability,
      top,
      top === null ? null : (byId.get(top)?.name ?? top),
      row.topCounterpartyShare,
      row.vendorFinancedShare,
    ];
    return cells.map(escapeFormula);
  });
  return toCsv(EXPOSURE_CSV_HEADERS, rows);
}
