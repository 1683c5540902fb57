// Query-string options of GET /api/history (SPEC §7): `step` (quarter, month, year) and `entity`,
// plus the inclusion parameters and cycle bounds of every analysis endpoint (`view` and `asOf` do
// not apply: each point gives both views as of its period end). A bad value is a 400 naming it.

import { z } from "zod";
import type { HistoryOptions } from "../analysis/compute-history.js";
import { HISTORY_STEPS } from "../analysis/period-ends.js";
import { QueryParameterError } from "./http-errors.js";
import { parseAnalysisQuery } from "./parse-analysis-query.js";

const single = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v.at(-1)! : v));

const historySchema = z.object({
  step: single
    .pipe(z.enum(HISTORY_STEPS, { message: `expected one of ${HISTORY_STEPS.join(", ")}` }))
    .optional(),
  entity: single.optional(),
});

export const HISTORY_QUERY_PARAMETERS = Object.freeze(Object.keys(historySchema.shape));

/** Parse and complete the options; `knownIds` rejects an unknown entity. */
export function parseHistoryQuery(
  query: Record<string, unknown>,
  knownIds: ReadonlySet<string>,
): { options: Partial<HistoryOptions>; key: string } {
  const own = Object.fromEntries(
    Object.entries(query).filter(([k]) => HISTORY_QUERY_PARAMETERS.includes(k)),
  );
  const { options: analysis } = parseAnalysisQuery(query, HISTORY_QUERY_PARAMETERS);
  const parsed = historySchema.safeParse(own);
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
    step: parsed.data.step ?? "quarter",
    entity,
  };
  return { options, key: JSON.stringify(options) };
}
