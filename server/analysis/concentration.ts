// Concentration of an entity's inflow (SPEC §4): the share of in(x) that comes from each
// counterparty, and the top counterparty with its share.

import { compareIds } from "./compare-ids.js";
import { UnknownEntityError } from "./errors.js";
import type { FlowMatrix } from "./flow-matrix.js";

export interface CounterpartyShare {
  readonly counterparty: string;
  readonly amountUsd: number;
  /** amountUsd / in(x). */
  readonly share: number;
}

export interface Concentration {
  readonly id: string;
  readonly inflowUsd: number;
  /** Counterparties paying x (W > 0), largest first, ties by id. */
  readonly counterparties: readonly CounterpartyShare[];
  /** null when nothing flows in. */
  readonly topCounterparty: string | null;
  readonly topCounterpartyShare: number;
}

/** Inflow concentration of one entity by id. */
export function computeConcentration(flow: FlowMatrix, entity: string): Concentration {
  const x = flow.indexOf.get(entity);
  if (x === undefined) throw new UnknownEntityError("computeConcentration", entity);
  return concentrationAt(flow, x);
}

/** Inflow concentration of entity index x. */
export function concentrationAt(flow: FlowMatrix, x: number): Concentration {
  const inflowUsd = flow.inflowUsd[x]!;
  const counterparties: CounterpartyShare[] = [];
  for (let k = flow.inOffsets[x]!; k < flow.inOffsets[x + 1]!; k++) {
    const e = flow.inEdges[k]!;
    const amountUsd = flow.weights[e]!;
    if (!(amountUsd > 0)) continue;
    counterparties.push({
      counterparty: flow.ids[flow.sources[e]!]!,
      amountUsd,
      share: amountUsd / inflowUsd,
    });
  }
  counterparties.sort(
    (a, b) => b.amountUsd - a.amountUsd || compareIds(a.counterparty, b.counterparty),
  );
  const top = counterparties[0];
  return {
    id: flow.ids[x]!,
    inflowUsd,
    counterparties,
    topCounterparty: top ? top.counterparty : null,
    topCounterpartyShare: top ? top.share : 0,
  };
}
