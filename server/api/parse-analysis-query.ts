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
import { queryParameter, readWholeNumber } from "./query-parameter.js";

/** What a date parameter looks like (normalizeDate also checks the month and day). */
const DATE_TEXT = /^\d{4}(-\d{2}(-\d{2})?)?$/;

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

/** The value schema of one inclusion option, as its row of the table says (doc, values, default). */
function inclusionValue(field: InclusionField): z.ZodType {
  const fallback = INCLUSION_DEFAULTS[field.name];
  const description = field.doc.charAt(0).toUpperCase() + field.doc.slice(1);
  const values = (field.values ?? []) as [string, ...string[]];
  switch (field.kind) {
    case "list":
      return z
        .array(z.enum(values))
        .default([...(fallback as readonly string[])])
        .describe(`${description}; comma-separated`);
    case "choice":
      return z
        .enum(values)
        .default(fallback as string)
        .describe(description);
    case "date":
      return z
        .string()
        .regex(DATE_TEXT)
        .optional()
        .describe(`${description} (YYYY, YYYY-MM or YYYY-MM-DD)`);
    case "boolean":
      return z
        .boolean()
        .default(fallback as boolean)
        .describe(description);
    case "amount":
      return z
        .number()
        .min(0)
        .default(fallback as number)
        .describe(description);
  }
}

/** One inclusion option as a query parameter: read from text as the table says. */
const inclusionParameter = (field: InclusionField) =>
  queryParameter(
    inclusionValue(field),
    (text, problem) => {
      const parsed = parseInclusionValue(field, text);
      if (parsed.ok) return parsed.value;
      problem(parsed.message);
      return undefined;
    },
    field.kind === "list" ? "join" : "last",
  );

/** A cycle bound: a whole number from `min`, cut to the server's ceiling. */
const bound = (min: number, cap: number, fallback: number, description: string) =>
  queryParameter(
    z
      .number()
      .int()
      .min(min, { error: `expected at least ${min}` })
      .max(cap)
      .default(fallback)
      .describe(`${description}; a larger value is cut to ${cap}`),
    readWholeNumber(cap),
  );

/** Every query parameter of the analysis endpoints (the OpenAPI document describes these). */
export const ANALYSIS_QUERY_SCHEMA = z.strictObject({
  ...(Object.fromEntries(
    INCLUSION_FIELDS.map((field) => [field.name, inclusionParameter(field)]),
  ) as Record<keyof InclusionOptions, ReturnType<typeof inclusionParameter>>),
  maxLength: bound(2, QUERY_LIMITS.maxLength, QUERY_DEFAULTS.maxLength, "Longest cycle"),
  maxCycles: bound(0, QUERY_LIMITS.maxCycles, QUERY_DEFAULTS.maxCycles, "Most cycles"),
  timeBudgetMs: bound(
    0,
    QUERY_LIMITS.timeBudgetMs,
    QUERY_DEFAULTS.timeBudgetMs,
    "Cycle enumeration time budget in milliseconds",
  ),
});
const LIST_PARAMETERS: ReadonlySet<string> = new Set(
  INCLUSION_FIELDS.filter((field) => field.kind === "list").map((field) => field.name),
);

export const ANALYSIS_QUERY_PARAMETERS = Object.freeze(Object.keys(ANALYSIS_QUERY_SCHEMA.shape));

/** Parse and complete the options; `key` is the same for the same effective options. */
export function parseAnalysisQuery(
  query: Record<string, unknown>,
  allowed: readonly string[] = [],
): { options: AnalysisQuery; key: string } {
  const own = Object.fromEntries(Object.entries(query).filter(([k]) => !allowed.includes(k)));
  const parsed = ANALYSIS_QUERY_SCHEMA.safeParse(own);
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
  const p = parsed.data as Record<string, unknown>;
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
    maxLength: p.maxLength as number,
    maxCycles: p.maxCycles as number,
    timeBudgetMs: p.timeBudgetMs as number,
  };
  return { options, key: JSON.stringify(options) };
}
