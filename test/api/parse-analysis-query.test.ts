import { describe, expect, it } from "vitest";
import { INCLUSION_DEFAULTS } from "../../server/analysis/inclusion.js";
import { INCLUSION_FIELDS } from "../../server/analysis/inclusion-fields.js";
import { QueryParameterError } from "../../server/api/http-errors.js";
import {
  ANALYSIS_QUERY_PARAMETERS,
  parseAnalysisQuery,
  QUERY_LIMITS,
} from "../../server/api/parse-analysis-query.js";

describe("parseAnalysisQuery", () => {
  it("fills the defaults", () => {
    const { options } = parseAnalysisQuery({});
    expect(options).toEqual({
      ...INCLUSION_DEFAULTS,
      types: [...INCLUSION_DEFAULTS.types],
      statuses: [...INCLUSION_DEFAULTS.statuses],
      basis: [...INCLUSION_DEFAULTS.basis],
      maxLength: 8,
      maxCycles: 10_000,
      timeBudgetMs: 5_000,
    });
  });

  it("gives one key to the same options however they are spelled", () => {
    const a = parseAnalysisQuery({ types: "loan,equity", asOf: "2025-09", backstopsCalled: "1" });
    const b = parseAnalysisQuery({
      types: ["equity", "loan"],
      asOf: "2025-09-01",
      backstopsCalled: "true",
    });
    expect(a.key).toBe(b.key);
    expect(a.options).toMatchObject({
      types: ["equity", "loan"],
      asOf: "2025-09-01",
      backstopsCalled: true,
    });
  });

  it("caps the bounds at the server's limits", () => {
    const { options } = parseAnalysisQuery({
      maxLength: "99",
      maxCycles: "1e9".replace("e9", "000000000"),
      timeBudgetMs: "600000",
    });
    expect(options).toMatchObject(QUERY_LIMITS);
  });

  it("throws QueryParameterError naming every bad parameter", () => {
    try {
      parseAnalysisQuery({
        statuses: "signed,sealed",
        minAmountUsd: "-3",
        to: "2025-02-30x",
        foo: "1",
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(QueryParameterError);
      expect((error as QueryParameterError).problems.map((p) => p.path).sort()).toEqual([
        "foo",
        "minAmountUsd",
        "statuses",
        "to",
      ]);
    }
  });
});

describe("parseAnalysisQuery: the table of inclusion options", () => {
  it("reads view and includeSuperseded, and names a bad view with its value", () => {
    const { options } = parseAnalysisQuery({ view: "committed", includeSuperseded: "true" });
    expect(options).toMatchObject({ view: "committed", includeSuperseded: true });
    try {
      parseAnalysisQuery({ view: "firm" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(QueryParameterError);
      expect((error as QueryParameterError).problems).toEqual([
        { path: "view", message: 'expected one of announced, committed, received "firm"' },
      ]);
    }
  });

  it("has one parameter per row of INCLUSION_FIELDS, spelled as the option", () => {
    for (const field of INCLUSION_FIELDS) {
      expect(ANALYSIS_QUERY_PARAMETERS).toContain(field.name);
    }
  });
});
