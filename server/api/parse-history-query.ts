// Query-string options of GET /api/history (SPEC §7): `step` (quarter, month, year) and `entity`,
// plus the inclusion parameters and cycle bounds of every analysis endpoint (`view` and `asOf` do
// not apply: each point gives both views as of its period end). A bad value is a 400 naming it.

import { z } from "zod";
import { HISTORY_DEFAULTS, type HistoryOptions } from "../analysis/compute-history.js";
import { HISTORY_STEPS } from "../analysis/period-ends.js";
import { QueryParameterError } from "./http-errors.js";
import { parseAnalysisQuery } from "./parse-analysis-query.js";
import { queryParameter, readText } from "./query-parameter.js";

/** The query parameters of GET /api/history besides the analysis ones (OpenAPI describes these). */
export const HISTORY_QUERY_SCHEMA = z.object({
  step: queryParameter(
    z
      .enum(HISTORY_STEPS, { error: `expected one of ${HISTORY_STEPS.join(", ")}` })
      .default(HISTORY_DEFAULTS.step)
      .describe("Period between points"),
    readText,
  ),
  entity: queryParameter(
    z
      .string()
      .optional()
      .describe("Add this entity's roundTripShare, roundTripUsd and inflowUsd to each view"),
    readText,
  ),
});

export const HISTORY_QUERY_PARAMETERS = Object.freeze(Object.keys(HISTORY_QUERY_SCHEMA.shape));

/** Parse and complete the options; `knownIds` rejects an unknown entity. */
export function parseHistoryQuery(
  query: Record<string, unknown>,
  knownIds: ReadonlySet<string>,
): { options: Partial<HistoryOptions>; key: string } {
  const own = Object.fromEntries(
    Object.entries(query).filter(([k]) => HISTORY_QUERY_PARAMETERS.includes(k)),
  );
  const { options: analysis } = parseAnalysisQuery(query, HISTORY_QUERY_PARAMETERS);
  const parsed = HISTORY_QUERY_SCHEMA.safeParse(own);
  if (!parsed.success) {
    throw new QueryParameterError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? "");
        return { path: name, message: `${issue.message}, received ${JSON.stringify(own[name])}` };
      }),
    );
  }
  const entity = parsed.data.entity ?? null;
  if (entity !== null && !knownIds.has(entity)) {
    throw new QueryParameterError([
      { path: "entity", message: `unknown entity, received ${JSON.stringify(entity)}` },
    ]);
  }
  const { view: _view, asOf: _asOf, ...rest } = analysis;
  const options: Partial<HistoryOptions> = {
    ...rest,
    step: parsed.data.step,
    entity,
  };
  return { options, key: JSON.stringify(options) };
}
