// Options of a stress scenario (SPEC §6): the shocked entities, the model, the recovery rate, the
// capital share of the throughput fallback and the iteration bounds, with their frozen defaults.

import { InvalidOptionError } from "./errors.js";
import { INCLUSION_DEFAULTS, type InclusionOptions } from "./inclusion.js";

export const SCENARIO_MODELS = ["debtrank", "cascade"] as const;
/** `debtrank`: linear DebtRank (Bardoscia et al. 2015); `cascade`: the default cascade (Furfine 2003). */
export type ScenarioModel = (typeof SCENARIO_MODELS)[number];

/** The share `shock` ∈ [0, 1] of entity `id`'s capital wiped out at the start (1 = it fails). */
export interface Shock {
  readonly id: string;
  readonly shock: number;
}

export interface ScenarioOptions extends InclusionOptions {
  shocks: readonly Shock[];
  model: ScenarioModel;
  /** Cascade: the share of an exposure to a defaulted entity that is recovered, in [0, 1]. */
  recovery: number;
  /** Capital = capitalShare × max(in, out) for an entity without book equity; ≥ 0. */
  capitalShare: number;
  /** DebtRank stops once no relative loss changes by this much in a round. */
  tolerance: number;
  /** DebtRank gives up (converged: false) after this many rounds. */
  maxRounds: number;
  /** Keep the relative losses of the first rounds (up to this many after round 0) in `history`; 0 for none. */
  historyRounds: number;
}

export const SCENARIO_DEFAULTS: Readonly<ScenarioOptions> = Object.freeze({
  ...INCLUSION_DEFAULTS,
  shocks: Object.freeze([]) as readonly Shock[],
  model: "debtrank",
  recovery: 0,
  capitalShare: 0.25,
  tolerance: 1e-12,
  maxRounds: 10_000,
  historyRounds: 0,
});

const inUnitInterval = (value: number) => value >= 0 && value <= 1;

/** Merge with the defaults and check every scenario option (entity ids are checked by the caller). */
export function resolveScenarioOptions(options: Partial<ScenarioOptions> = {}): ScenarioOptions {
  const resolved: ScenarioOptions = { ...SCENARIO_DEFAULTS, ...options };
  const fail = (expected: string, received: unknown) => {
    throw new InvalidOptionError(
      `runScenario: expected ${expected}, received ${typeof received === "string" ? JSON.stringify(received) : String(received)}`,
    );
  };
  if (!(SCENARIO_MODELS as readonly string[]).includes(resolved.model)) {
    fail(`model ${SCENARIO_MODELS.join(" or ")}`, resolved.model);
  }
  if (!inUnitInterval(resolved.recovery)) fail("recovery in [0, 1]", resolved.recovery);
  if (!(resolved.capitalShare >= 0 && Number.isFinite(resolved.capitalShare))) {
    fail("a finite capitalShare ≥ 0", resolved.capitalShare);
  }
  if (!(resolved.tolerance >= 0)) fail("tolerance ≥ 0", resolved.tolerance);
  if (!(Number.isInteger(resolved.maxRounds) && resolved.maxRounds >= 1)) {
    fail("maxRounds a whole number ≥ 1", resolved.maxRounds);
  }
  if (!(Number.isInteger(resolved.historyRounds) && resolved.historyRounds >= 0)) {
    fail("historyRounds a whole number ≥ 0", resolved.historyRounds);
  }
  const seen = new Set<string>();
  for (const { id, shock } of resolved.shocks) {
    if (!inUnitInterval(shock)) fail(`the shock of ${JSON.stringify(id)} in [0, 1]`, shock);
    if (seen.has(id)) fail("each entity shocked at most once", id);
    seen.add(id);
  }
  return resolved;
}
