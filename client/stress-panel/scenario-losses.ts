// The current scenario's losses for drawing: relative loss and default round per entity, computed
// in the browser under the viewer's filters, and remembered while the scenario, the filters and
// the date stay the same (the reducers ask on every view-state change, hover included).

import { type FinancingGraph, runScenario, type ScenarioResult } from "@engine";
import { inclusionFor } from "../analyze-view.js";
import type { ViewState } from "../view-state.js";

export interface ScenarioLosses {
  readonly result: ScenarioResult;
  readonly relativeLoss: ReadonlyMap<string, number>;
  /** Entities defaulted → the round they defaulted in (0 = shocked to fail). */
  readonly defaultRound: ReadonlyMap<string, number>;
}

export function createScenarioLosses(graph: FinancingGraph) {
  let last: { state: ViewState; losses: ScenarioLosses | null } | null = null;
  return (state: ViewState): ScenarioLosses | null => {
    if (
      last !== null &&
      last.state.scenario === state.scenario &&
      last.state.filters === state.filters &&
      last.state.asOf === state.asOf
    ) {
      return last.losses;
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
    return losses;
  };
}
