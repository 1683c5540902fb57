// Query-string options of the analysis endpoints (SPEC §2 inclusion, §3 cycle bounds), validated
// with zod at the edge: a bad parameter is a 400 naming it; bounds are capped server-side. The
// inclusion parameters are built from the one table of inclusion options (INCLUSION_FIELDS).

import { z } from "zod";
import { CYCLE_DEFAULTS } from "../analysis/cycle-options.js";
import { INCLUSION_DEFAULTS, type InclusionOptions, normalizeDate } from "../analysis/inclusion.js";
import {
  INCLUSION_FIELDS,
  type InclusionField,
  parseInclusionValue,
} from "../analysis/inclusion-fields.js";
import type { Problem } from "../analysis/types.js";
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

/** A repeated parameter (`?x=a&x=b`): lists join the values, scalars keep the last one. */
const single = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v.at(-1)! : v));
const joined = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v.join(",") : v));

/** The zod schema of one inclusion option, reading it as the table says. */
const inclusionParameter = (field: InclusionField) =>
  (field.kind === "list" ? joined : single).transform((text, context) => {
    const parsed = parseInclusionValue(field, text);
    if (parsed.ok) return parsed.value;
    context.addIssue({ code: "custom", message: parsed.message, input: text });
    return z.NEVER;
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
  ...(Object.fromEntries(
    INCLUSION_FIELDS.map((field) => [field.name, inclusionParameter(field).optional()]),
  ) as Record<keyof InclusionOptions, z.ZodOptional<ReturnType<typeof inclusionParameter>>>),
  maxLength: integer(2, QUERY_LIMITS.maxLength).optional(),
  maxCycles: integer(0, QUERY_LIMITS.maxCycles).optional(),
  timeBudgetMs: integer(0, QUERY_LIMITS.timeBudgetMs).optional(),
});

const LIST_PARAMETERS: ReadonlySet<string> = new Set(
  INCLUSION_FIELDS.filter((field) => field.kind === "list").map((field) => field.name),
);

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
        issue.path.length > 1 || LIST_PARAMETERS.has(name)
          ? issue.message
          : `${issue.message}, received ${JSON.stringify(own[name])}`;
      return { path: name, message };
    });
    throw new QueryParameterError(problems);
  }
  const p = parsed.data;
  // Lists come back in canonical order and dates normalized, so that `equity,loan` and
  // `loan,equity` (or 2025-09 and 2025-09-01) share a cache entry.
  const inclusion: Record<string, unknown> = { ...INCLUSION_DEFAULTS };
  for (const field of INCLUSION_FIELDS) {
    const value = p[field.name];
    if (value === undefined) continue;
    inclusion[field.name] = field.kind === "date" ? normalizeDate(value as string) : value;
  }
  const options: AnalysisQuery = {
    ...(inclusion as unknown as InclusionOptions),
    maxLength: p.maxLength ?? QUERY_DEFAULTS.maxLength,
    maxCycles: p.maxCycles ?? QUERY_DEFAULTS.maxCycles,
    timeBudgetMs: p.timeBudgetMs ?? QUERY_DEFAULTS.timeBudgetMs,
  };
  return { options, key: JSON.stringify(options) };
}
