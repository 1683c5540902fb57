import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeDataset } from "../../server/analysis/analyze-dataset.js";
import { computeHistory } from "../../server/analysis/compute-history.js";
import { InvalidOptionError, UnknownEntityError } from "../../server/analysis/errors.js";
import { VIEWS } from "../../server/analysis/inclusion.js";
import { AMOUNT_BASES, type Dataset, DEAL_STATUSES } from "../../server/analysis/types.js";
import { randomDataset } from "../fixtures/arbitrary-dataset.js";
import { datasetOf, deal } from "../fixtures/build-dataset.js";

const DATES = ["2023-02", "2023-11-30", "2024", "2024-06-15", "2025-09-22", "2026-01"] as const;

/** Random dated deals of mixed basis and status, some superseding earlier ones. */
const datedDataset = fc
  .tuple(
    randomDataset(5, 14),
    fc.array(
      fc.record({
        date: fc.constantFrom(...DATES),
        basis: fc.constantFrom(...AMOUNT_BASES),
        status: fc.constantFrom(...DEAL_STATUSES),
        link: fc.option(fc.nat(13), { nil: undefined }),
      }),
      { minLength: 14, maxLength: 14 },
    ),
  )
  .map(
    ([dataset, extras]): Dataset => ({
      ...dataset,
      deals: dataset.deals.map((d, k) => {
        const { date, basis, status, link } = extras[k]!;
        return {
          ...d,
          date,
          amountBasis: basis,
          status,
          ...(link !== undefined && link < k ? { supersedes: dataset.deals[link]!.id } : {}),
        };
      }),
    }),
  );

describe("computeHistory", () => {
  it("gives at each period end the figures of an independent analysis as of that day, both views", () => {
    fc.assert(
      fc.property(
        datedDataset,
        fc.constantFrom("quarter", "year", "month" as const),
        fc.boolean(),
        (dataset, step, withEntity) => {
          const entity = withEntity ? (dataset.entities[0]?.id ?? null) : null;
          const history = computeHistory(dataset, { step, entity, maxCycles: Infinity });
          if (dataset.deals.length === 0) {
            expect(history.points).toEqual([]);
            return;
          }
          expect(history.truncated).toBe(false);
          for (const point of history.points) {
            for (const view of VIEWS) {
              const analysis = analyzeDataset(dataset, {
                asOf: point.asOf,
                view,
                maxCycles: Infinity,
              });
              const figures = point[view];
              expect(figures.grossUsd).toBe(analysis.summary.grossUsd);
              expect(figures.compressibleExcessUsd).toBe(analysis.summary.compressibleExcessUsd);
              expect(figures.finnCyclingIndex).toBe(analysis.summary.finnCyclingIndex);
              expect(figures.cycleCount).toBe(analysis.cycles.cycles.length);
              expect(figures.includedDealCount).toBe(analysis.summary.includedDealCount);
              if (entity === null) {
                expect(figures.roundTripShare).toBeUndefined();
                continue;
              }
              const row = analysis.exposure.entities.find((e) => e.id === entity)!;
              expect(figures.roundTripShare).toBeCloseTo(row.roundTripShare, 12);
              expect(figures.roundTripUsd).toBeCloseTo(row.roundTripUsd, 3);
              expect(figures.inflowUsd).toBe(row.inflowUsd);
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("runs from the earliest deal's period to the latest, and counts a replaced deal until its replacement", () => {
    const dataset = datasetOf(
      ["nvidia", "openai"],
      [
        deal("loi", "nvidia", "openai", 100, "equity", {
          date: "2025-09-22",
          amountBasis: "headline",
          status: "announced",
        }),
        deal("stake", "nvidia", "openai", 30, "equity", { date: "2026-01", supersedes: "loi" }),
        deal("back", "openai", "nvidia", 50, "chip_purchase", { date: "2025-08" }),
      ],
    );
    const history = computeHistory(dataset);
    expect(history.points.map((p) => p.asOf)).toEqual(["2025-09-30", "2025-12-31", "2026-03-31"]);
    expect(history.points.map((p) => p.announced.grossUsd)).toEqual([150, 150, 80]);
    expect(history.points.map((p) => p.committed.grossUsd)).toEqual([50, 50, 80]);
    expect(history.points.map((p) => p.committed.cycleCount)).toEqual([0, 0, 1]);
  });

  it("keeps the latest points when maxPoints cuts the history, and says so", () => {
    const dataset = datasetOf(
      ["a", "b"],
      [
        deal("d1", "a", "b", 1, "equity", { date: "2020-01" }),
        deal("d2", "b", "a", 1, "equity", { date: "2025-12" }),
      ],
    );
    const history = computeHistory(dataset, { step: "year", maxPoints: 2 });
    expect(history.points.map((p) => p.asOf)).toEqual(["2024-12-31", "2025-12-31"]);
    expect(history.truncated).toBe(true);
    expect(history.truncatedReason).toBe("maxPoints");
  });

  it("rejects an unknown entity, step or maxPoints with typed errors", () => {
    const dataset = datasetOf(["a"], []);
    expect(() => computeHistory(dataset, { entity: "zz" })).toThrow(UnknownEntityError);
    expect(() => computeHistory(dataset, { step: "week" as never })).toThrow(
      /^computeHistory: expected step one of quarter, month, year, received "week"/,
    );
    expect(() => computeHistory(dataset, { maxPoints: 0 })).toThrow(InvalidOptionError);
  });
});
