// The current scenario's losses for drawing: relative loss and default round per entity, computed
// in the browser under the viewer's filters, and remembered while the scenario, the filters and
// the date stay the same (the reducers ask on every view-state change, hover included).

import { type FinancingGraph, runScenario, type ScenarioResult } from "@engine";
import { inclusionFor } from "../analyze-view.js";
import type { ViewState } from "../view-state.js";
import { sameRun } from "./scenario-state.js";

export interface ScenarioLosses {
  readonly result: ScenarioResult;
  readonly relativeLoss: ReadonlyMap<string, number>;
  /** Entities defaulted → the round they defaulted in (0 = shocked to fail). */
  readonly defaultRound: ReadonlyMap<string, number>;
}

/** Rounds kept for stepping through (the first ones, where the contagion spreads). */
export const STEPPED_ROUNDS = 200;

/** The losses drawn at `round` (null: final): that round's relative losses and defaults so far. */
function atRound(losses: ScenarioLosses, round: number | null | undefined): ScenarioLosses {
  const history = losses.result.history;
  if (round === null || round === undefined || history === undefined) return losses;
  const k = Math.min(Math.max(0, round), history.length - 1);
  const row = history[k]!;
  const relativeLoss = new Map<string, number>();
  const defaultRound = new Map<string, number>();
  losses.result.entities.forEach((entity, x) => {
    relativeLoss.set(entity.id, row[x]!);
    const fell = losses.defaultRound.get(entity.id);
    if (fell !== undefined && fell <= k) defaultRound.set(entity.id, fell);
  });
  return { result: losses.result, relativeLoss, defaultRound };
}

export function createScenarioLosses(graph: FinancingGraph) {
  let last: { state: ViewState; losses: ScenarioLosses | null } | null = null;
  return (state: ViewState): ScenarioLosses | null => {
    const b = state.scenario;
    if (
      last !== null &&
      sameRun(last.state.scenario, b) &&
      last.state.filters === state.filters &&
      last.state.asOf === state.asOf
    ) {
      return last.losses === null ? null : atRound(last.losses, b?.round);
    }
    let losses: ScenarioLosses | null = null;
    const scenario = state.scenario;
    const known = scenario?.shocks.filter((s) => graph.hasNode(s.id)) ?? [];
    if (scenario !== null && known.length > 0) {
      const result = runScenario(graph, {
        ...inclusionFor(state.filters, state.asOf),
        shocks: known,
        model: scenario.model,
        recovery: scenario.recovery,
        historyRounds: STEPPED_ROUNDS,
      });
      const relativeLoss = new Map<string, number>();
      const defaultRound = new Map<string, number>();
      for (const row of result.entities) {
        relativeLoss.set(row.id, row.relativeLoss);
        if (row.defaultRound !== null) defaultRound.set(row.id, row.defaultRound);
      }
      losses = { result, relativeLoss, defaultRound };
    }
    last = { state, losses };
    return losses === null ? null : atRound(losses, scenario?.round);
  };
}
