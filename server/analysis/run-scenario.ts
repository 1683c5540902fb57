// Stress scenario over counterparty exposure (SPEC §4): the named entities fail; every survivor x
// loses E[x][y] for each failed y (backstops only when called); x fails in the next round once its
// cumulated loss exceeds lossThreshold × its throughput max(in, out); repeat to a fixed point.
// Reference: L. Eisenberg, T. Noe, "Systemic risk in financial systems", Management Science 47(2),
// 2001 (default cascades; here the simpler threshold model of P. Gai, S. Kapadia, Proc. R. Soc. A 466, 2010).

import { compareIds, type FinancingGraph } from "./build-financing-graph.js";
import { computeCounterpartyExposure } from "./counterparty-exposure.js";
import { InvalidOptionError, UnknownEntityError } from "./errors.js";
import { computeFlowMatrix } from "./flow-matrix.js";
import { INCLUSION_DEFAULTS, type InclusionOptions } from "./inclusion.js";

export interface ScenarioOptions extends InclusionOptions {
  /** Entities that fail at round 0. */
  failed: readonly string[];
  /** x fails when its loss exceeds lossThreshold × max(in(x), out(x)); ≥ 0. */
  lossThreshold: number;
}

export const SCENARIO_DEFAULTS: Readonly<ScenarioOptions> = Object.freeze({
  ...INCLUSION_DEFAULTS,
  failed: Object.freeze([]) as readonly string[],
  lossThreshold: 0.25,
});

export interface ScenarioEntity {
  readonly id: string;
  /** Σ over failed y of E[x][y] (contingent part only when backstops are called). */
  readonly lossUsd: number;
  /** max(in(x), out(x)) under the inclusion options. */
  readonly capacityUsd: number;
  /** lossUsd / capacityUsd (Infinity-free: 0 when both are 0, 1 when only capacity is 0). */
  readonly lossShare: number;
  /** Round in which x failed, null if it survived. */
  readonly failedInRound: number | null;
}

export interface ScenarioResult {
  /** rounds[k]: the entities that failed in round k (round 0: the initial failures), sorted. */
  readonly rounds: readonly (readonly string[])[];
  /** Every failed entity, by round then id. */
  readonly failed: readonly string[];
  /** One row per entity, in id order. */
  readonly entities: readonly ScenarioEntity[];
}

/** Propagate failures to a fixed point (at most one round per entity). */
export function runScenario(
  graph: FinancingGraph,
  options: Partial<ScenarioOptions> = {},
): ScenarioResult {
  const resolved = { ...SCENARIO_DEFAULTS, ...options };
  const { failed: initial, lossThreshold, ...inclusion } = resolved;
  if (!(lossThreshold >= 0 && Number.isFinite(lossThreshold))) {
    throw new InvalidOptionError(
      `runScenario: expected a finite lossThreshold ≥ 0, received ${String(lossThreshold)}`,
    );
  }
  for (const id of initial) if (!graph.hasNode(id)) throw new UnknownEntityError("runScenario", id);
  const flow = computeFlowMatrix(graph, inclusion);
  const exposure = computeCounterpartyExposure(graph, inclusion);
  const { n, indexOf } = flow;
  // Dense-free loss matrix: for each x, (counterparty index, loss if it fails).
  const lossRows = exposure.map((row) =>
    row.exposureTo.map((cell) => ({
      y: indexOf.get(cell.counterparty)!,
      lossUsd: cell.amountUsd - (inclusion.backstopsCalled ? 0 : cell.contingentUsd),
    })),
  );
  const capacity = Float64Array.from({ length: n }, (_, i) =>
    Math.max(flow.inflowUsd[i]!, flow.outflowUsd[i]!),
  );
  const failedInRound = new Int32Array(n).fill(-1);
  const rounds: string[][] = [[...new Set(initial)].sort(compareIds)];
  for (const id of rounds[0]!) failedInRound[indexOf.get(id)!] = 0;
  const loss = new Float64Array(n);
  for (let round = 1; round <= n; round++) {
    const fresh: string[] = [];
    for (let x = 0; x < n; x++) {
      let sum = 0;
      for (const { y, lossUsd } of lossRows[x]!) if (failedInRound[y] !== -1) sum += lossUsd;
      loss[x] = sum;
      if (failedInRound[x] === -1 && sum > 0 && sum > lossThreshold * capacity[x]!) {
        fresh.push(flow.ids[x]!);
      }
    }
    if (fresh.length === 0) break;
    for (const id of fresh) failedInRound[indexOf.get(id)!] = round;
    rounds.push(fresh);
  }
  // Final losses against the final failed set.
  for (let x = 0; x < n; x++) {
    let sum = 0;
    for (const { y, lossUsd } of lossRows[x]!) if (failedInRound[y] !== -1) sum += lossUsd;
    loss[x] = sum;
  }
  return {
    rounds,
    failed: rounds.flat(),
    entities: flow.ids.map((id, x) => ({
      id,
      lossUsd: loss[x]!,
      capacityUsd: capacity[x]!,
      lossShare: capacity[x]! > 0 ? loss[x]! / capacity[x]! : loss[x]! > 0 ? 1 : 0,
      failedInRound: failedInRound[x] === -1 ? null : failedInRound[x]!,
    })),
  };
}
