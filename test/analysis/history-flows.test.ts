import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeDatasetFlowMatrix } from "../../server/analysis/flow-matrix.js";
import { createHistoryFlows } from "../../server/analysis/history-flows.js";
import { type InclusionOptions, resolveInclusion, VIEWS } from "../../server/analysis/inclusion.js";
import {
  AMOUNT_BASES,
  type Dataset,
  DEAL_STATUSES,
  DEAL_TYPES,
} from "../../server/analysis/types.js";
import { datasetOf } from "../fixtures/build-dataset.js";

const DATES = ["2023", "2024-06", "2024-06-15", "2025-01-31", "2025-09", "2025-13"] as const;
const DAYS = ["2022-12-31", "2023-01-01", "2024-06-14", "2024-06-30", "2025-03-31", "2026-12-31"];

/** Deals over four entities (self-loops too) whose `supersedes` links point back or nowhere. */
const arbitraryDataset: fc.Arbitrary<Dataset> = fc
  .array(
    fc.record({
      from: fc.constantFrom("a", "b", "c", "d"),
      to: fc.constantFrom("a", "b", "c", "d"),
      type: fc.constantFrom(...DEAL_TYPES),
      status: fc.constantFrom(...DEAL_STATUSES),
      amountBasis: fc.constantFrom(...AMOUNT_BASES),
      amountUsd: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
      date: fc.constantFrom(...DATES),
      condition: fc.constantFrom(undefined, "on IPO"),
      link: fc.option(fc.nat(8), { nil: undefined, freq: 2 }),
      id: fc.constantFrom(undefined, "z", "m0", "b9", "dup"),
    }),
    { maxLength: 16 },
  )
  .map((specs) => {
    // Ids out of input order, so that the order within a pair is the id order, not the input's.
    // Some ids repeat ("dup"): the rule reads a superseded id as every deal of that id.
    const ids = specs.map(({ id }, k) =>
      id === undefined ? `d${k}` : id === "dup" ? id : `${id}${k}`,
    );
    return datasetOf(
      ["d", "a", "c", "b"],
      specs.map(({ link, condition, id: _id, ...spec }, k) => ({
        ...spec,
        id: ids[k],
        ...(condition === undefined ? {} : { condition }),
        ...(link === undefined ? {} : { supersedes: link < k ? ids[link] : "missing" }),
      })),
    );
  });

const arbitraryOptions: fc.Arbitrary<Partial<InclusionOptions>> = fc.record(
  {
    types: fc.subarray([...DEAL_TYPES], { minLength: 5 }),
    statuses: fc.subarray([...DEAL_STATUSES], { minLength: 3 }),
    basis: fc.subarray([...AMOUNT_BASES], { minLength: 2 }),
    from: fc.constantFrom(null, "2024-06-15"),
    to: fc.constantFrom(null, "2025-01"),
    backstopsCalled: fc.boolean(),
    minAmountUsd: fc.constantFrom(0, 1, 500),
    includeSuperseded: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe("createHistoryFlows", () => {
  it("gives at any day and view the matrix computeDatasetFlowMatrix gives", () => {
    fc.assert(
      fc.property(
        arbitraryDataset,
        arbitraryOptions,
        fc.array(fc.tuple(fc.constantFrom(...DAYS), fc.constantFrom(...VIEWS)), {
          minLength: 1,
          maxLength: 8,
        }),
        (dataset, options, points) => {
          const flows = createHistoryFlows(dataset, resolveInclusion(options));
          for (const [asOf, view] of points) {
            expect(flows(asOf, view)).toEqual(
              computeDatasetFlowMatrix(dataset, { ...options, asOf, view }),
            );
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it("returns the previous matrix of a view when a day counts the same deals", () => {
    const dataset = datasetOf(
      ["a", "b"],
      [
        { from: "a", to: "b", amountUsd: 5, date: "2024-02-01" },
        { from: "b", to: "a", amountUsd: 3, date: "2024-08-01" },
      ],
    );
    const flows = createHistoryFlows(dataset, resolveInclusion({}));
    const march = flows("2024-03-31", "announced");
    expect(flows("2024-06-30", "announced")).toBe(march);
    const committed = flows("2024-06-30", "committed");
    expect(committed).not.toBe(march);
    const september = flows("2024-09-30", "announced");
    expect(september).not.toBe(march);
    expect(september.weights).toEqual(Float64Array.from([5, 3]));
  });

  it("drops a deal down a chain of replacements whose middle deal is not counted", () => {
    const dataset = datasetOf(
      ["a", "b"],
      [
        { id: "loi", from: "a", to: "b", amountUsd: 100, date: "2024-01-15" },
        {
          id: "amended",
          from: "a",
          to: "b",
          amountUsd: 80,
          date: "2024-03-01",
          status: "cancelled",
          supersedes: "loi",
        },
        {
          id: "final",
          from: "a",
          to: "b",
          amountUsd: 30,
          date: "2024-07-01",
          supersedes: "amended",
        },
      ],
    );
    const flows = createHistoryFlows(dataset, resolveInclusion({}));
    expect(flows("2024-03-31", "announced").deals).toEqual([["loi"]]);
    expect(flows("2024-09-30", "announced").deals).toEqual([["final"]]);
    const audit = createHistoryFlows(dataset, resolveInclusion({ includeSuperseded: true }));
    expect(audit("2024-09-30", "announced").deals).toEqual([["final", "loi"]]);
  });

  it("reads a replaced id as every deal of that id, as W does", () => {
    const dataset = datasetOf(
      ["a", "b"],
      [
        { id: "dup", from: "a", to: "b", amountUsd: 1, date: "2024-01-15" },
        { id: "dup", from: "b", to: "a", amountUsd: 2, date: "2024-01-20" },
        { id: "new", from: "a", to: "b", amountUsd: 3, date: "2024-02-01", supersedes: "dup" },
      ],
    );
    const flows = createHistoryFlows(dataset, resolveInclusion({}));
    expect(flows("2024-03-31", "announced")).toEqual(
      computeDatasetFlowMatrix(dataset, { asOf: "2024-03-31" }),
    );
    expect(flows("2024-03-31", "announced").deals).toEqual([["new"]]);
  });

  it("gives a new matrix when a replacement swaps one counted deal for another", () => {
    const dataset = datasetOf(
      ["a", "b"],
      [
        { id: "loi", from: "a", to: "b", amountUsd: 100, date: "2024-01-15" },
        { id: "stake", from: "a", to: "b", amountUsd: 30, date: "2024-07-01", supersedes: "loi" },
      ],
    );
    const flows = createHistoryFlows(dataset, resolveInclusion({}));
    expect(flows("2024-03-31", "announced").deals).toEqual([["loi"]]);
    expect(flows("2024-09-30", "announced").deals).toEqual([["stake"]]);
    expect(flows("2024-09-30", "announced").weights).toEqual(Float64Array.from([30]));
  });
});
