import { describe, expect, it } from "vitest";
import { InvalidOptionError } from "../../server/analysis/errors.js";
import {
  INCLUSION_DEFAULTS,
  passesInclusionOptions,
  resolveInclusion,
} from "../../server/analysis/inclusion.js";
import type { Deal } from "../../server/analysis/types.js";
import { deal } from "../fixtures/build-dataset.js";

describe("inclusion options", () => {
  const base: Deal = deal("d", "a", "b", 10);

  it("excludes backstops, cancelled deals and stake values by default", () => {
    const inclusion = resolveInclusion();
    expect(passesInclusionOptions(base, inclusion)).toBe(true);
    expect(passesInclusionOptions({ ...base, type: "backstop" }, inclusion)).toBe(false);
    expect(passesInclusionOptions({ ...base, status: "cancelled" }, inclusion)).toBe(false);
    expect(passesInclusionOptions({ ...base, amountBasis: "stake_value" }, inclusion)).toBe(false);
    expect(
      passesInclusionOptions(
        { ...base, type: "backstop" },
        resolveInclusion({ backstopsCalled: true }),
      ),
    ).toBe(true);
    expect(Object.isFrozen(INCLUSION_DEFAULTS)).toBe(true);
  });

  it("sorts a partial date as its first day for asOf and the date window", () => {
    const inclusion = resolveInclusion({ asOf: "2024-06" });
    expect(passesInclusionOptions({ ...base, date: "2024-06" }, inclusion)).toBe(true);
    expect(passesInclusionOptions({ ...base, date: "2024-06-02" }, inclusion)).toBe(false);
    expect(passesInclusionOptions({ ...base, date: "2024" }, inclusion)).toBe(true);
    const window = resolveInclusion({ from: "2024-03", to: "2024-12-31" });
    expect(passesInclusionOptions({ ...base, date: "2024" }, window)).toBe(false);
    expect(passesInclusionOptions({ ...base, date: "2024-03" }, window)).toBe(true);
  });

  it("rejects a malformed date or a negative minimum with InvalidOptionError", () => {
    expect(() => resolveInclusion({ asOf: "2024-13" })).toThrow(InvalidOptionError);
    expect(() => resolveInclusion({ minAmountUsd: -1 })).toThrow(InvalidOptionError);
    expect(() => resolveInclusion({ asOf: "yesterday" })).toThrow(
      /^resolveInclusion: expected asOf/,
    );
  });
});

describe("the committed view", () => {
  const base: Deal = deal("d", "a", "b", 10, "equity", { status: "signed" });
  const committed = resolveInclusion({ view: "committed" });

  it("keeps only committed amounts of signed or closed deals without condition, warrant or backstop", () => {
    expect(passesInclusionOptions(base, committed)).toBe(true);
    expect(passesInclusionOptions({ ...base, status: "closed" }, committed)).toBe(true);
    expect(passesInclusionOptions({ ...base, status: "announced" }, committed)).toBe(false);
    expect(passesInclusionOptions({ ...base, status: "amended" }, committed)).toBe(false);
    expect(passesInclusionOptions({ ...base, amountBasis: "headline" }, committed)).toBe(false);
    expect(passesInclusionOptions({ ...base, amountBasis: "estimate" }, committed)).toBe(false);
    expect(passesInclusionOptions({ ...base, condition: "on IPO" }, committed)).toBe(false);
    expect(passesInclusionOptions({ ...base, type: "warrant" }, committed)).toBe(false);
    const called = resolveInclusion({ view: "committed", backstopsCalled: true });
    expect(passesInclusionOptions({ ...base, type: "backstop" }, called)).toBe(false);
    expect(passesInclusionOptions({ ...base, condition: "on IPO" }, resolveInclusion())).toBe(true);
  });

  it("applies the other options on top", () => {
    const narrowed = resolveInclusion({ view: "committed", minAmountUsd: 11 });
    expect(passesInclusionOptions(base, narrowed)).toBe(false);
  });

  it("rejects an unknown view with InvalidOptionError naming it", () => {
    expect(() => resolveInclusion({ view: "firm" as never })).toThrow(InvalidOptionError);
    expect(() => resolveInclusion({ view: "firm" as never })).toThrow(
      /^resolveInclusion: expected view one of announced, committed, received "firm"/,
    );
  });
});
