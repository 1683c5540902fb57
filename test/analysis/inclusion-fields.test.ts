import { describe, expect, it } from "vitest";
import { INCLUSION_DEFAULTS } from "../../server/analysis/inclusion.js";
import {
  formatInclusionValue,
  INCLUSION_FIELDS,
  inclusionFlagName,
  parseInclusionValue,
} from "../../server/analysis/inclusion-fields.js";

describe("INCLUSION_FIELDS", () => {
  it("has exactly one row per inclusion option", () => {
    expect(INCLUSION_FIELDS.map((field) => field.name).sort()).toEqual(
      Object.keys(INCLUSION_DEFAULTS).sort(),
    );
  });

  it("derives the kebab-case flag from the option's name", () => {
    expect(inclusionFlagName("minAmountUsd")).toBe("min-amount-usd");
    expect(inclusionFlagName("includeSuperseded")).toBe("include-superseded");
    expect(inclusionFlagName("types")).toBe("types");
  });

  it("reads back every default it writes", () => {
    for (const field of INCLUSION_FIELDS) {
      const value = INCLUSION_DEFAULTS[field.name];
      if (value === null) continue;
      expect(parseInclusionValue(field, formatInclusionValue(value))).toEqual({ ok: true, value });
    }
  });

  it("rejects bad values with a message saying what was expected", () => {
    const byName = new Map(INCLUSION_FIELDS.map((field) => [field.name, field]));
    expect(parseInclusionValue(byName.get("types")!, "loan,bribe")).toEqual({
      ok: false,
      message: expect.stringContaining('unknown deal type "bribe"'),
    });
    expect(parseInclusionValue(byName.get("types")!, "loan,equity")).toEqual({
      ok: true,
      value: ["equity", "loan"],
    });
    expect(parseInclusionValue(byName.get("view")!, "firm").ok).toBe(false);
    expect(parseInclusionValue(byName.get("asOf")!, "2025-13").ok).toBe(false);
    expect(parseInclusionValue(byName.get("minAmountUsd")!, "-1").ok).toBe(false);
    expect(parseInclusionValue(byName.get("minAmountUsd")!, "").ok).toBe(false);
    expect(parseInclusionValue(byName.get("includeSuperseded")!, "yes").ok).toBe(false);
    expect(parseInclusionValue(byName.get("includeSuperseded")!, "1")).toEqual({
      ok: true,
      value: true,
    });
  });
});
