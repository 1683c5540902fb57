// Query-string options of /api/stress (SPEC §6): `shock` (repeatable, `ID` or `ID:S`), `model`,
// `recovery`, `capitalShare`, plus the inclusion parameters of every analysis endpoint. Validated
// with zod at the edge: a bad value is a 400 naming the parameter.

import { z } from "zod";
import { INCLUSION_DEFAULTS, type InclusionOptions } from "../analysis/inclusion.js";
import {
  SCENARIO_DEFAULTS,
  SCENARIO_MODELS,
  type ScenarioOptions,
  type Shock,
} from "../analysis/scenario-options.js";
import type { Problem } from "../analysis/types.js";
import { QueryParameterError } from "./http-errors.js";
import { parseAnalysisQuery } from "./parse-analysis-query.js";
import { queryParameter, readNumber, readText } from "./query-parameter.js";

/** Every query parameter of /api/stress besides the inclusion options (OpenAPI describes these). */
export const STRESS_QUERY_SCHEMA = z.object({
  shock: queryParameter(
    z
      .array(z.string(), { error: "expected at least one shock" })
      .min(1, { error: "expected at least one shock" })
      .describe(
        "Repeatable. `ID` (the entity fails: shock 1) or `ID:S` with S in [0, 1], the share of its capital wiped out",
      ),
    readText,
    "each",
  ),
  model: queryParameter(
    z
      .enum(SCENARIO_MODELS, { error: `expected ${SCENARIO_MODELS.join(" or ")}` })
      .default(SCENARIO_DEFAULTS.model)
      .describe("debtrank (linear DebtRank) or cascade (default cascade)"),
    readText,
  ),
  recovery: queryParameter(
    z
      .number({ error: "expected a number in [0, 1]" })
      .min(0, { error: "expected a number in [0, 1]" })
      .max(1, { error: "expected a number in [0, 1]" })
      .default(SCENARIO_DEFAULTS.recovery)
      .describe("Cascade: share of an exposure recovered from a defaulted entity"),
    readNumber,
  ),
  capitalShare: queryParameter(
    z
      .number({ error: "expected a finite number ≥ 0" })
      .min(0, { error: "expected a finite number ≥ 0" })
      .default(SCENARIO_DEFAULTS.capitalShare)
      .describe("Capital of an entity without book equity = capitalShare × max(inflow, outflow)"),
    readNumber,
  ),
});
export const STRESS_QUERY_PARAMETERS = Object.freeze(Object.keys(STRESS_QUERY_SCHEMA.shape));

/** `ID` means a shock of 1; `ID:S` a shock S ∈ [0, 1] (the last colon splits). */
function parseShock(value: string): Shock | string {
  const at = value.lastIndexOf(":");
  if (at < 0) return value === "" ? "expected an entity id" : { id: value, shock: 1 };
  const id = value.slice(0, at);
  const tail = value.slice(at + 1);
  const shock = tail.trim() === "" ? Number.NaN : Number(tail);
  if (id === "") return "expected an entity id before the colon";
  if (!(shock >= 0 && shock <= 1)) return `expected ID or ID:S with S in [0, 1]`;
  return { id, shock };
}

export interface StressQuery extends InclusionOptions {
  shocks: Shock[];
  model: ScenarioOptions["model"];
  recovery: number;
  capitalShare: number;
}

/**
 * Parse and complete the options; `knownIds` (when given) rejects a shock naming no entity.
 * `key` is the same for the same effective options (shocks in id order).
 */
export function parseStressQuery(
  query: Record<string, unknown>,
  knownIds?: ReadonlySet<string>,
): { options: StressQuery; key: string } {
  const own = Object.fromEntries(
    Object.entries(query).filter(([k]) => STRESS_QUERY_PARAMETERS.includes(k)),
  );
  const { options: analysis } = parseAnalysisQuery(query, STRESS_QUERY_PARAMETERS);
  const parsed = STRESS_QUERY_SCHEMA.safeParse(own);
  const problems: Problem[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? "");
      problems.push({
        path: name,
        message:
          own[name] === undefined
            ? issue.message
            : `${issue.message}, received ${JSON.stringify(own[name])}`,
      });
    }
    throw new QueryParameterError(problems);
  }
  const p = parsed.data;
  const raw = p.shock as string[];
  const shocks: Shock[] = [];
  for (const value of raw) {
    const shock = parseShock(value);
    if (typeof shock === "string") {
      problems.push({ path: "shock", message: `${shock}, received ${JSON.stringify(value)}` });
    } else if (shocks.some((s) => s.id === shock.id)) {
      problems.push({
        path: "shock",
        message: `entity ${JSON.stringify(shock.id)} is shocked twice`,
      });
    } else if (knownIds !== undefined && !knownIds.has(shock.id)) {
      // "openai=0.5" is the CLI's way: say the API's.
      const at = shock.id.lastIndexOf("=");
      const hint =
        at > 0 && knownIds.has(shock.id.slice(0, at))
          ? `; the share follows ":": ${shock.id.slice(0, at)}:${shock.id.slice(at + 1)}`
          : "";
      problems.push({
        path: "shock",
        message: `unknown entity ${JSON.stringify(shock.id)}${hint}`,
      });
    } else shocks.push(shock);
  }
  if (problems.length > 0) throw new QueryParameterError(problems);
  const inclusion: InclusionOptions = { ...INCLUSION_DEFAULTS };
  for (const name of Object.keys(INCLUSION_DEFAULTS) as (keyof InclusionOptions)[]) {
    Object.assign(inclusion, { [name]: analysis[name] });
  }
  const options: StressQuery = {
    ...inclusion,
    shocks: [...shocks].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    model: p.model,
    recovery: p.recovery,
    capitalShare: p.capitalShare,
  };
  return { options, key: JSON.stringify(options) };
}
