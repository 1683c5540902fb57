import type { CounterpartyExposure } from "@engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  exposureMatrix,
  matrixAmountAt,
  matrixShade,
} from "../../../client/exposure-matrix/exposure-matrix.js";
import {
  buildFinancingGraph,
  computeCounterpartyExposure,
} from "../../../server/analysis/index.js";
import { fourCompanies } from "../../analysis/scenario-fixtures.js";

describe("exposureMatrix", () => {
  it("orders entities by exposure held plus exposure held on them, with the engine's cells", () => {
    const rows = computeCounterpartyExposure(buildFinancingGraph(fourCompanies()));
    const matrix = exposureMatrix(rows);
    // cloud: holds 100 on lab, 80 + 50 held on it; lab: 100 + 30 on it; chips holds 110; bank 50.
    expect(matrix.ids).toEqual(["cloud", "lab", "chips", "bank"]);
    expect(matrix.totalsUsd).toEqual([230, 130, 110, 50]);
    const named = matrix.cells.map((cell) => [
      matrix.ids[cell.row],
      matrix.ids[cell.col],
      cell.amountUsd,
      cell.contingentUsd,
      cell.deals,
    ]);
    expect(named).toEqual([
      ["cloud", "lab", 100, 0, ["d1"]],
      ["chips", "cloud", 80, 0, ["d2"]],
      ["chips", "lab", 30, 0, ["d3"]],
      ["bank", "cloud", 50, 50, ["d4"]],
    ]);
    expect([matrix.minUsd, matrix.maxUsd]).toEqual([30, 100]);
    expect(matrix.entityCount).toBe(4);
    expect(matrix.truncated).toBe(false);
  });

  it("keeps the most exposed entities when there are more than it shows, and says so", () => {
    const rows = computeCounterpartyExposure(buildFinancingGraph(fourCompanies()));
    const matrix = exposureMatrix(rows, { maxEntities: 2 });
    expect(matrix.ids).toEqual(["cloud", "lab"]);
    expect(matrix.cells.map((cell) => [cell.row, cell.col, cell.amountUsd])).toEqual([[0, 1, 100]]);
    expect(matrix).toMatchObject({ entityCount: 4, truncated: true });
  });

  it("is empty, not broken, without any exposure", () => {
    expect(exposureMatrix([])).toEqual({
      ids: [],
      totalsUsd: [],
      cells: [],
      minUsd: 0,
      maxUsd: 0,
      entityCount: 0,
      truncated: false,
    });
  });

  it("holds exactly the non-zero amounts of the dense matrix among the shown entities (property)", () => {
    const ids = ["a", "b", "c", "d", "e", "f"];
    const system = fc.array(
      fc.record({
        from: fc.constantFrom(...ids),
        to: fc.constantFrom(...ids),
        amountUsd: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1000 })),
      }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(system, fc.integer({ min: 0, max: 7 }), (entries, maxEntities) => {
        // Brute force: a dense matrix, then totals by row and column sums.
        const dense = new Map<string, number>();
        for (const { from, to, amountUsd } of entries) {
          if (from === to) continue;
          dense.set(`${from}>${to}`, (dense.get(`${from}>${to}`) ?? 0) + amountUsd);
        }
        const rows: CounterpartyExposure[] = ids.map((id) => {
          const exposureTo = ids
            .filter((other) => dense.has(`${id}>${other}`))
            .map((other) => ({
              counterparty: other,
              amountUsd: dense.get(`${id}>${other}`)!,
              revenueUsd: dense.get(`${id}>${other}`)!,
              capitalUsd: 0,
              warrantUsd: 0,
              contingentUsd: 0,
              deals: [`${id}${other}`],
              revenueRatio: null,
              equityRatio: null,
            }));
          const total = exposureTo.reduce((sum, row) => sum + row.amountUsd, 0);
          return {
            id,
            exposureTo,
            totalExposureUsd: total,
            contingentUsd: 0,
            topExposure: null,
            revenueRatio: null,
            equityRatio: null,
          };
        });
        const total = (id: string) =>
          ids.reduce(
            (sum, other) =>
              sum + (dense.get(`${id}>${other}`) ?? 0) + (dense.get(`${other}>${id}`) ?? 0),
            0,
          );
        const exposed = ids.filter((id) => total(id) > 0);
        const matrix = exposureMatrix(rows, { maxEntities });
        expect(matrix.entityCount).toBe(exposed.length);
        expect(matrix.ids.length).toBe(Math.min(maxEntities, exposed.length));
        expect(matrix.truncated).toBe(exposed.length > maxEntities);
        // Sorted by total descending; every shown total is at least every hidden one.
        expect(matrix.totalsUsd).toEqual(matrix.ids.map(total));
        for (let i = 1; i < matrix.ids.length; i++) {
          expect(matrix.totalsUsd[i - 1]).toBeGreaterThanOrEqual(matrix.totalsUsd[i]!);
        }
        const hidden = exposed.filter((id) => !matrix.ids.includes(id));
        for (const id of hidden) {
          expect(total(id)).toBeLessThanOrEqual(matrix.totalsUsd.at(-1) ?? Infinity);
        }
        const expected: [string, string, number][] = [];
        for (const from of matrix.ids) {
          for (const to of matrix.ids) {
            const amount = dense.get(`${from}>${to}`) ?? 0;
            if (amount > 0) expected.push([from, to, amount]);
          }
        }
        const seen = matrix.cells.map(
          (cell) => [matrix.ids[cell.row]!, matrix.ids[cell.col]!, cell.amountUsd] as const,
        );
        expect(seen).toEqual(expected);
      }),
    );
  });
});

describe("matrixShade", () => {
  it("places amounts on a log scale between the smallest and largest cell", () => {
    expect(matrixShade(1e8, 1e8, 1e11)).toBe(0);
    expect(matrixShade(1e11, 1e8, 1e11)).toBe(1);
    expect(matrixShade(1e9, 1e8, 1e11)).toBeCloseTo(1 / 3, 12);
    expect(matrixShade(1e12, 1e8, 1e11)).toBe(1);
    expect(matrixShade(0, 1e8, 1e11)).toBe(0);
    // One distinct amount: every cell at the top of the scale.
    expect(matrixShade(5, 5, 5)).toBe(1);
  });

  it("is undone by matrixAmountAt (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 1.01, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (minUsd, factor, t) => {
          const maxUsd = minUsd * factor;
          const amount = matrixAmountAt(t, minUsd, maxUsd);
          expect(amount).toBeGreaterThanOrEqual(minUsd * (1 - 1e-12));
          expect(amount).toBeLessThanOrEqual(maxUsd * (1 + 1e-12));
          expect(matrixShade(amount, minUsd, maxUsd)).toBeCloseTo(t, 9);
        },
      ),
    );
  });
});
