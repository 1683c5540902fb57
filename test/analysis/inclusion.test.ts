import { describe, expect, it } from "vitest";
import { InvalidOptionError } from "../../server/analysis/errors.js";
import {
  INCLUSION_DEFAULTS,
  isDealIncluded,
  resolveInclusion,
} from "../../server/analysis/inclusion.js";
import type { Deal } from "../../server/analysis/types.js";
import { deal } from "../fixtures/build-dataset.js";

describe("inclusion options", () => {
  const base: Deal = deal("d", "a", "b", 10);

  it("excludes backstops, cancelled deals and stake values by default", () => {
    const inclusion = resolveInclusion();
    expect(isDealIncluded(base, inclusion)).toBe(true);
    expect(isDealIncluded({ ...base, type: "backstop" }, inclusion)).toBe(false);
    expect(isDealIncluded({ ...base, status: "cancelled" }, inclusion)).toBe(false);
    expect(isDealIncluded({ ...base, amountBasis: "stake_value" }, inclusion)).toBe(false);
    expect(
      isDealIncluded({ ...base, type: "backstop" }, resolveInclusion({ backstopsCalled: true })),
    ).toBe(true);
    expect(Object.isFrozen(INCLUSION_DEFAULTS)).toBe(true);
  });

  it("sorts a partial date as its first day for asOf and the date window", () => {
    const inclusion = resolveInclusion({ asOf: "2024-06" });
    expect(isDealIncluded({ ...base, date: "2024-06" }, inclusion)).toBe(true);
    expect(isDealIncluded({ ...base, date: "2024-06-02" }, inclusion)).toBe(false);
    expect(isDealIncluded({ ...base, date: "2024" }, inclusion)).toBe(true);
    const window = resolveInclusion({ from: "2024-03", to: "2024-12-31" });
    expect(isDealIncluded({ ...base, date: "2024" }, window)).toBe(false);
    expect(isDealIncluded({ ...base, date: "2024-03" }, window)).toBe(true);
  });

  it("rejects a malformed date or a negative minimum with InvalidOptionError", () => {
    expect(() => resolveInclusion({ asOf: "2024-13" })).toThrow(InvalidOptionError);
    expect(() => resolveInclusion({ minAmountUsd: -1 })).toThrow(InvalidOptionError);
    expect(() => resolveInclusion({ asOf: "yesterday" })).toThrow(
      /^resolveInclusion: expected asOf/,
    );
  });
});
