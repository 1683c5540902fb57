import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDealFilter } from "../../server/analysis/deal-filter.js";
import { type InclusionOptions, VIEWS } from "../../server/analysis/inclusion.js";
import { AMOUNT_BASES, DEAL_STATUSES, DEAL_TYPES, type Deal } from "../../server/analysis/types.js";
import { datasetOf, deal } from "../fixtures/build-dataset.js";
import { oracleIncludedDeals } from "./inclusion-oracle.js";

const DATES = ["2023", "2024-06", "2024-06-15", "2025-01-31", "2025-09"] as const;

/** Deals whose `supersedes` links point to earlier positions (acyclic) or to a missing id. */
const arbitraryDeals = (withConditions: boolean) =>
  fc
    .array(
      fc.record({
        from: fc.constantFrom("a", "b", "c"),
        to: fc.constantFrom("a", "b", "c"),
        type: fc.constantFrom(...DEAL_TYPES),
        status: fc.constantFrom(...DEAL_STATUSES),
        amountBasis: fc.constantFrom(...AMOUNT_BASES),
        amountUsd: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
        date: fc.constantFrom(...DATES),
        condition: withConditions ? fc.constantFrom(undefined, "on IPO") : fc.constant(undefined),
        link: fc.option(fc.nat(12), { nil: undefined }),
      }),
      { maxLength: 12 },
    )
    .map(
      (specs) =>
        datasetOf(
          ["a", "b", "c"],
          specs.map(({ link, condition, ...spec }, k) => ({
            ...spec,
            ...(condition === undefined ? {} : { condition }),
            ...(link === undefined ? {} : { supersedes: link < k ? `d${link}` : "missing" }),
          })),
        ).deals,
    );

const arbitraryOptions: fc.Arbitrary<Partial<InclusionOptions>> = fc.record(
  {
    types: fc.subarray([...DEAL_TYPES]),
    statuses: fc.subarray([...DEAL_STATUSES]),
    basis: fc.subarray([...AMOUNT_BASES]),
    asOf: fc.constantFrom(null, "2024", "2024-06", "2024-06-14", "2025-08-31"),
    from: fc.constantFrom(null, "2024-06-15"),
    backstopsCalled: fc.boolean(),
    minAmountUsd: fc.constantFrom(0, 1, 500),
    view: fc.constantFrom(...VIEWS),
    includeSuperseded: fc.boolean(),
  },
  { requiredKeys: [] },
);

const includedIds = (deals: readonly Deal[], options: Partial<InclusionOptions>) => {
  const filter = createDealFilter(deals, options);
  return deals.filter((d) => filter(d)).map((d) => d.id);
};

describe("createDealFilter", () => {
  it("agrees with the brute-force rule on chains of supersession, asOf and both views", () => {
    fc.assert(
      fc.property(arbitraryDeals(true), arbitraryOptions, (deals, options) => {
        const oracle = oracleIncludedDeals(deals, options);
        expect(includedIds(deals, options)).toEqual(
          deals.filter((d) => oracle.has(d)).map((d) => d.id),
        );
      }),
      { numRuns: 500 },
    );
  });

  it("gives in the committed view exactly what the explicit committed option set gives", () => {
    fc.assert(
      fc.property(arbitraryDeals(false), arbitraryOptions, (deals, options) => {
        const o = { types: DEAL_TYPES, statuses: DEAL_STATUSES, basis: AMOUNT_BASES, ...options };
        const explicit: Partial<InclusionOptions> = {
          ...o,
          view: "announced",
          types: o.types.filter((t) => t !== "warrant" && t !== "backstop"),
          statuses: o.statuses.filter((s) => s === "signed" || s === "closed"),
          basis: o.basis.filter((b) => b === "committed"),
          backstopsCalled: false,
        };
        expect(includedIds(deals, { ...o, view: "committed" })).toEqual(
          includedIds(deals, explicit),
        );
      }),
      { numRuns: 300 },
    );
  });

  // Nvidia's $100B letter of intent (Sep 2025) was replaced by a $30B stake dated later.
  const loi = deal("loi", "nvidia", "openai", 100e9, "equity", {
    date: "2025-09-22",
    status: "amended",
    amountBasis: "headline",
  });
  const stake = deal("stake", "nvidia", "openai", 30e9, "equity", {
    date: "2026-01",
    supersedes: "loi",
  });
  const tranche = deal("tranche", "nvidia", "openai", 10e9, "equity", {
    date: "2026-03",
    supersedes: "stake",
  });

  it("leaves a superseded deal out today and counts it as of a date before its replacement", () => {
    expect(includedIds([loi, stake], {})).toEqual(["stake"]);
    expect(includedIds([loi, stake], { asOf: "2025-12-31" })).toEqual(["loi"]);
    expect(includedIds([loi, stake], { includeSuperseded: true })).toEqual(["loi", "stake"]);
    expect(createDealFilter([loi, stake]).superseded).toEqual(new Map([["loi", "stake"]]));
  });

  it("follows a chain: the last deal passing the options leaves out every deal it replaces", () => {
    expect(includedIds([loi, stake, tranche], {})).toEqual(["tranche"]);
    expect(includedIds([loi, stake, tranche], { asOf: "2026-02" })).toEqual(["stake"]);
    // The middle link fails the options; the chain still runs through it.
    const cancelled = { ...stake, status: "cancelled" as const };
    expect(includedIds([loi, cancelled, tranche], {})).toEqual(["tranche"]);
    // A replacement that fails the options (here: below the minimum) leaves the original in.
    expect(includedIds([loi, stake], { minAmountUsd: 50e9 })).toEqual(["loi"]);
  });

  it("ignores a link to a missing deal and stops on a supersession loop", () => {
    const orphan = { ...stake, supersedes: "nowhere" };
    expect(includedIds([loi, orphan], {})).toEqual(["loi", "stake"]);
    const a = deal("a", "x", "y", 1, "equity", { supersedes: "b" });
    const b = deal("b", "x", "y", 1, "equity", { supersedes: "a" });
    expect(includedIds([a, b], {})).toEqual([]);
  });
});
