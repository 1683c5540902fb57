// The counterparty exposure matrix (SPEC §4) as a heat map's model: entities ordered by total
// exposure (what they stand to lose plus what others stand to lose on them), the non-zero cells
// E[row][col], and where each amount falls on a log colour scale. Pure: tested without a DOM.

import type { CounterpartyExposure } from "@engine";

export interface MatrixCell {
  /** Index into `ids` of the holder: it stands to lose `amountUsd` if `col` cannot pay. */
  readonly row: number;
  readonly col: number;
  readonly amountUsd: number;
  readonly contingentUsd: number;
  readonly deals: readonly string[];
}

export interface ExposureMatrix {
  /** Row and column order (the same): total exposure descending, ties by id. */
  readonly ids: readonly string[];
  /** Total exposure of each id: held (its row) plus held on it (its column). */
  readonly totalsUsd: readonly number[];
  /** Non-zero cells, row by row, columns in order. */
  readonly cells: readonly MatrixCell[];
  readonly minUsd: number;
  readonly maxUsd: number;
  /** Entities with any exposure either way (the matrix shows the first `maxEntities`). */
  readonly entityCount: number;
  readonly truncated: boolean;
}

export interface ExposureMatrixOptions {
  /** Entities shown at most (the most exposed); a heat map past ~100 rows is unreadable. */
  maxEntities: number;
}

export const EXPOSURE_MATRIX_DEFAULTS: Readonly<ExposureMatrixOptions> = Object.freeze({
  maxEntities: 100,
});

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function exposureMatrix(
  rows: readonly CounterpartyExposure[],
  options: Partial<ExposureMatrixOptions> = {},
): ExposureMatrix {
  const { maxEntities } = { ...EXPOSURE_MATRIX_DEFAULTS, ...options };
  const totals = new Map<string, number>();
  const add = (id: string, amountUsd: number) => totals.set(id, (totals.get(id) ?? 0) + amountUsd);
  for (const row of rows) {
    for (const cell of row.exposureTo) {
      if (!(cell.amountUsd > 0)) continue;
      add(row.id, cell.amountUsd);
      add(cell.counterparty, cell.amountUsd);
    }
  }
  const ranked = [...totals].sort((a, b) => b[1] - a[1] || byId(a[0], b[0]));
  const shown = ranked.slice(0, Math.max(0, Math.floor(maxEntities)));
  const ids = shown.map(([id]) => id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const cells: MatrixCell[] = [];
  for (const row of rows) {
    const r = index.get(row.id);
    if (r === undefined) continue;
    for (const cell of row.exposureTo) {
      const c = index.get(cell.counterparty);
      if (c === undefined || !(cell.amountUsd > 0)) continue;
      cells.push({
        row: r,
        col: c,
        amountUsd: cell.amountUsd,
        contingentUsd: cell.contingentUsd,
        deals: cell.deals,
      });
    }
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  let minUsd = Number.POSITIVE_INFINITY;
  let maxUsd = 0;
  for (const cell of cells) {
    minUsd = Math.min(minUsd, cell.amountUsd);
    maxUsd = Math.max(maxUsd, cell.amountUsd);
  }
  return {
    ids,
    totalsUsd: shown.map(([, total]) => total),
    cells,
    minUsd: cells.length === 0 ? 0 : minUsd,
    maxUsd,
    entityCount: ranked.length,
    truncated: ranked.length > ids.length,
  };
}

/**
 * Where an amount falls on the matrix's colour scale, in [0, 1]: logarithmic between the smallest
 * and the largest cell (exposures span three orders of magnitude; a linear scale would paint all
 * but the largest few alike). A matrix whose cells are all equal puts them at 1.
 */
export function matrixShade(amountUsd: number, minUsd: number, maxUsd: number): number {
  if (!(amountUsd > 0) || !(minUsd > 0) || !(maxUsd > minUsd)) return amountUsd > 0 ? 1 : 0;
  const t = Math.log(amountUsd / minUsd) / Math.log(maxUsd / minUsd);
  return Math.min(1, Math.max(0, t));
}

/** The amount at a position of the scale (the legend's ticks): the inverse of `matrixShade`. */
export function matrixAmountAt(t: number, minUsd: number, maxUsd: number): number {
  if (!(minUsd > 0) || !(maxUsd > minUsd)) return maxUsd;
  return minUsd * (maxUsd / minUsd) ** Math.min(1, Math.max(0, t));
}
