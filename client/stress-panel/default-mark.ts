// How the what-if names an entity's fate: the mark after its label on the canvas (in full, or as
// "✕2" where labels must be short, the colour legend saying so), the few defaults whose labels are
// always drawn, and a sentence for the keyboard's caption and the tooltip.

import { formatShare } from "../format.js";
import type { ScenarioLosses } from "./scenario-losses.js";

/** "✕ shocked" / "✕ round 2", or compact "✕0" / "✕2". */
export function defaultMark(round: number, compact: boolean): string {
  if (compact) return `✕${round}`;
  return round === 0 ? "✕ shocked" : `✕ round ${round}`;
}

/**
 * The defaulted entities whose labels are forced: every shocked one (always drawn), then the
 * `limit` others that lost the most money (relative loss × capital), moved aside where they would
 * overlap and left out only when no line near their disc is free; the other labels are drawn where
 * there is room.
 */
export function labelledDefaults(losses: ScenarioLosses, limit: number): Set<string> {
  const capital = new Map(losses.result.entities.map((e) => [e.id, e.capitalUsd]));
  const lossUsd = (id: string) => (losses.relativeLoss.get(id) ?? 0) * (capital.get(id) ?? 0);
  const labelled = new Set<string>();
  const others: string[] = [];
  for (const [id, round] of losses.defaultRound) {
    if (round === 0) labelled.add(id);
    else others.push(id);
  }
  others.sort((a, b) => lossUsd(b) - lossUsd(a) || (a < b ? -1 : a > b ? 1 : 0));
  for (const id of others.slice(0, limit)) labelled.add(id);
  return labelled;
}

/** What the scenario did to `id`, in words ("defaulted in round 2"), or null when it lost nothing. */
export function scenarioNote(losses: ScenarioLosses, id: string): string | null {
  const round = losses.defaultRound.get(id);
  if (round === 0) return "shocked: cannot pay";
  if (round !== undefined) return `defaulted in round ${round}`;
  const loss = losses.relativeLoss.get(id) ?? 0;
  return loss > 0 ? `lost ${formatShare(loss)} of its capital` : null;
}
