// The words a screen reader hears when headline figures change: only the figures that changed,
// each with what it was ("Loops 19, was 1,449"); nothing while a figure is still computing.

import type { Figure } from "./mount-summary-strip.js";

/** Whether every figure has its value (none still "…"). */
export function figuresComplete(figures: readonly Figure[]): boolean {
  return figures.every((figure) => figure.value !== "…");
}

export function describeFigureChanges(
  before: readonly Figure[],
  after: readonly Figure[],
): string | null {
  if (!figuresComplete(before) || !figuresComplete(after)) return null;
  const was = new Map(before.map((figure) => [figure.key, figure.value]));
  const changes = after
    .filter((figure) => was.has(figure.key) && was.get(figure.key) !== figure.value)
    .map((figure) => `${figure.label} ${figure.value}, was ${was.get(figure.key)}`);
  return changes.length === 0 ? null : `Now: ${changes.join("; ")}.`;
}
