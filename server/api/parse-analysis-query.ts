// Query-string options of the analysis endpoints (SPEC §2 inclusion, §3 cycle bounds), validated
// with zod at the edge: a bad parameter is a 400 naming it; bounds are capped server-side.

import { z } from "zod";
import { CYCLE_DEFAULTS } from "../analysis/cycle-options.js";
import {
  INCLUSION_DEFAULTS,
  type InclusionOptions,
  normalizeDate,
  VIEWS,
} from "../analysis/inclusion.js";
import { AMOUNT_BASES, DEAL_STATUSES, DEAL_TYPES, type Problem } from "../analysis/types.js";
import { QueryParameterError } from "./http-errors.js";

/** Server-side ceilings: no request can ask for more. */
export const QUERY_LIMITS = Object.freeze({
  maxLength: 12,
  maxCycles: 100_000,
  timeBudgetMs: 10_000,
});

/** What a request gets when it does not say. */
export const QUERY_DEFAULTS = Object.freeze({
  maxLength: CYCLE_DEFAULTS.maxLength,
  maxCycles: CYCLE_DEFAULTS.maxCycles,
  timeBudgetMs: 5_000,
});

export interface AnalysisQuery extends InclusionOptions {
  maxLength: number;
  maxCycles: number;
  timeBudgetMs: number;
}

/** `a,b` or repeated `?x=a&x=b` → ["a", "b"]. */
const list = <T extends string>(values: readonly T[]) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v.join(",") : v))
    .transform((v) =>
      v
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== ""),
    )
    .pipe(
      z.array(
        z.enum(values as unknown as [T, ...T[]], {
          error: (issue) =>
            `unknown value ${JSON.stringify(issue.input)}; expected one of ${values.join(", ")}`,
        }),
      ),
    );

const single = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v.at(-1)! : v));

const date = single.refine((v) => normalizeDate(v) !== null, {
  message: "expected a date as YYYY, YYYY-MM or YYYY-MM-DD",
});

const integer = (min: number, cap: number) =>
  single
    .pipe(z.string().regex(/^\d+$/, { message: "expected a whole number" }))
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, { message: `expected at least ${min}` }),
    )
    .transform((v) => Math.min(v, cap));

const querySchema = z.strictObject({
  types: list(DEAL_TYPES).optional(),
  statuses: list(DEAL_STATUSES).optional(),
  basis: list(AMOUNT_BASES).optional(),
  asOf: date.optional(),
  from: date.optional(),
  to: date.optional(),
  backstopsCalled: single
    .pipe(z.enum(["true", "false", "1", "0"], { message: "expected true or false" }))
    .transform((v) => v === "true" || v === "1")
    .optional(),
  minAmountUsd: single
    .transform((v) => (v.trim() === "" ? Number.NaN : Number(v)))
    .pipe(
      z.number({ message: "expected a number" }).finite().nonnegative({ message: "expected ≥ 0" }),
    )
    .optional(),
  view: single.pipe(z.enum(VIEWS, { message: `expected one of ${VIEWS.join(", ")}` })).optional(),
  includeSuperseded: single
    .pipe(z.enum(["true", "false", "1", "0"], { message: "expected true or false" }))
    .transform((v) => v === "true" || v === "1")
    .optional(),
  maxLength: integer(2, QUERY_LIMITS.maxLength).optional(),
  maxCycles: integer(0, QUERY_LIMITS.maxCycles).optional(),
  timeBudgetMs: integer(0, QUERY_LIMITS.timeBudgetMs).optional(),
});

export const ANALYSIS_QUERY_PARAMETERS = Object.freeze(Object.keys(querySchema.shape));

/** Parse and complete the options; `key` is the same for the same effective options. */
export function parseAnalysisQuery(
  query: Record<string, unknown>,
  allowed: readonly string[] = [],
): { options: AnalysisQuery; key: string } {
  const own = Object.fromEntries(Object.entries(query).filter(([k]) => !allowed.includes(k)));
  const parsed = querySchema.safeParse(own);
  if (!parsed.success) {
    const problems: Problem[] = parsed.error.issues.map((issue) => {
      if (issue.code === "unrecognized_keys") {
        return {
          path: issue.keys.join(", "),
          message: `unknown parameter; expected one of ${ANALYSIS_QUERY_PARAMETERS.join(", ")}`,
        };
      }
      const name = String(issue.path[0] ?? "");
      // List items name their own bad value; scalars say what they received.
      const message =
        issue.path.length > 1
          ? issue.message
          : `${issue.message}, received ${JSON.stringify(own[name])}`;
      return { path: name, message };
    });
    throw new QueryParameterError(problems);
  }
  const p = parsed.data;
  // Lists in their canonical order, so that `equity,loan` and `loan,equity` share a cache entry.
  const inOrder = <T extends string>(
    v: T[] | undefined,
    all: readonly T[],
    fallback: readonly T[],
  ) => (v === undefined ? fallback : all.filter((x) => v.includes(x)));
  const options: AnalysisQuery = {
    types: inOrder(p.types, DEAL_TYPES, INCLUSION_DEFAULTS.types),
    statuses: inOrder(p.statuses, DEAL_STATUSES, INCLUSION_DEFAULTS.statuses),
    basis: inOrder(p.basis, AMOUNT_BASES, INCLUSION_DEFAULTS.basis),
    asOf: p.asOf === undefined ? INCLUSION_DEFAULTS.asOf : normalizeDate(p.asOf),
    from: p.from === undefined ? INCLUSION_DEFAULTS.from : normalizeDate(p.from),
    to: p.to === undefined ? INCLUSION_DEFAULTS.to : normalizeDate(p.to),
    backstopsCalled: p.backstopsCalled ?? INCLUSION_DEFAULTS.backstopsCalled,
    minAmountUsd: p.minAmountUsd ?? INCLUSION_DEFAULTS.minAmountUsd,
    view: p.view ?? INCLUSION_DEFAULTS.view,
    includeSuperseded: p.includeSuperseded ?? INCLUSION_DEFAULTS.includeSuperseded,
    maxLength: p.maxLength ?? QUERY_DEFAULTS.maxLength,
    maxCycles: p.maxCycles ?? QUERY_DEFAULTS.maxCycles,
    timeBudgetMs: p.timeBudgetMs ?? QUERY_DEFAULTS.timeBudgetMs,
  };
  return { options, key: JSON.stringify(options) };
}
