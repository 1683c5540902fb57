// A stress scenario (SPEC §6): if these entities cannot pay, who is hurt, and who fails with them?
// Shocks propagate over the counterparty exposure of §4 under linear DebtRank or the default
// cascade; the report gives each entity's capital, relative and dollar loss and default round.

import type { FinancingGraph } from "./build-financing-graph.js";
import { defaultCascade } from "./default-cascade.js";
import { InvalidOptionError } from "./errors.js";
import { buildExposureSystem, type CapitalBasis } from "./exposure-system.js";
import { linearDebtRank } from "./linear-debt-rank.js";
import {
  resolveScenarioOptions,
  type ScenarioModel,
  type ScenarioOptions,
} from "./scenario-options.js";

export interface ScenarioEntity {
  readonly id: string;
  readonly capitalUsd: number;
  readonly capitalBasis: CapitalBasis;
  readonly shock: number;
  /** h_x (debtrank) or min(1, L/C) (cascade); s for an entity without capital. */
  readonly relativeLoss: number;
  /** relativeLoss · capitalUsd. */
  readonly lossUsd: number;
  readonly defaulted: boolean;
  /** The first round at which it was defaulted (0 for a shock of 1); null otherwise. */
  readonly defaultRound: number | null;
}

export interface ScenarioResult {
  readonly model: ScenarioModel;
  readonly converged: boolean;
  /** DebtRank: the rounds computed; cascade: the last round that added a default. */
  readonly rounds: number;
  /** Σ (relativeLoss − shock)·C / Σ C: the share of all capital lost beyond the shock. */
  readonly debtRank: number;
  readonly systemLossUsd: number;
  readonly totalCapitalUsd: number;
  /** One row per entity, in id order. */
  readonly entities: readonly ScenarioEntity[];
  /**
   * With `historyRounds` > 0: the relative losses (entity id order) round by round — history[0]
   * the shocks alone, then each round's, at most historyRounds + 1 entries (the viewer steps
   * through them). Absent otherwise.
   */
  readonly history?: readonly (readonly number[])[];
}

export function runScenario(
  graph: FinancingGraph,
  options: Partial<ScenarioOptions> = {},
): ScenarioResult {
  const {
    shocks,
    model,
    recovery,
    capitalShare,
    tolerance,
    maxRounds,
    historyRounds,
    ...inclusion
  } = resolveScenarioOptions(options);
  const system = buildExposureSystem(graph, { ...inclusion, capitalShare });
  const shock = new Float64Array(system.n);
  for (const { id, shock: s } of shocks) {
    const x = system.indexOf.get(id);
    if (x === undefined) {
      throw new InvalidOptionError(
        `runScenario: expected each shock to name a known entity, received ${JSON.stringify(id)}`,
      );
    }
    shock[x] = s;
  }
  const history: Float64Array[] = [];
  const propagation =
    model === "debtrank"
      ? linearDebtRank(system, shock, { tolerance, maxRounds, history, historyRounds })
      : defaultCascade(system, shock, { recovery, history, historyRounds });
  let systemLossUsd = 0;
  let totalCapitalUsd = 0;
  let lostBeyondShockUsd = 0;
  const entities = system.ids.map((id, x): ScenarioEntity => {
    const capitalUsd = system.capitalUsd[x]!;
    const relativeLoss = propagation.relativeLoss[x]!;
    const lossUsd = relativeLoss * capitalUsd;
    const round = propagation.defaultRound[x]!;
    systemLossUsd += lossUsd;
    totalCapitalUsd += capitalUsd;
    lostBeyondShockUsd += (relativeLoss - shock[x]!) * capitalUsd;
    return {
      id,
      capitalUsd,
      capitalBasis: system.capitalBasis[x]!,
      shock: shock[x]!,
      relativeLoss,
      lossUsd,
      defaulted: round !== -1,
      defaultRound: round === -1 ? null : round,
    };
  });
  return {
    model,
    converged: propagation.converged,
    rounds: propagation.rounds,
    debtRank: totalCapitalUsd > 0 ? lostBeyondShockUsd / totalCapitalUsd : 0,
    systemLossUsd,
    totalCapitalUsd,
    entities,
    ...(historyRounds > 0 ? { history: history.map((round) => [...round]) } : {}),
  };
}
