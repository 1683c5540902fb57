// How a change of the permalink enters the browser's history: a new entry for each step a user
// would go Back to (a selection, a loop, a tab, a filter, the view, a what-if), the current entry
// rewritten for a drag (the date slider, an amount, a shock) after its first step, and for the theme.

/** A run of changes to one dragged parameter, rewriting the entry its first change pushed. */
export interface HistoryBurst {
  key: string;
  at: number;
}

export interface HistoryStepOptions {
  /** A burst ends after this long without a change of its parameter. */
  burstMs: number;
}

export const HISTORY_STEP_DEFAULTS: Readonly<HistoryStepOptions> = Object.freeze({
  burstMs: 1500,
});

/** Parameters dragged through many values: one entry per drag, not per value. */
const DRAGGED = new Set(["asOf", "minAmountUsd", "recovery", "shock"]);
/** Parameters that are not places to go back to (the theme; the saved upload's name and id). */
const NOT_A_STEP = new Set(["theme", "dataset", "file"]);

export type HistoryMode = "push" | "replace" | "none";

/** Keys whose value differs between two hashes (`a=1&b=2`). */
export function changedKeys(previous: string, next: string): string[] {
  const a = new URLSearchParams(previous);
  const b = new URLSearchParams(next);
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((key) => a.getAll(key).join("\u001f") !== b.getAll(key).join("\u001f"));
}

/** The shocked entities of a `shock=` value, without their shock sizes. */
const shockedIds = (hash: string) =>
  (new URLSearchParams(hash).get("shock") ?? "")
    .split(",")
    .map((part) => {
      const at = part.lastIndexOf(":");
      return at < 0 ? part : part.slice(0, at);
    })
    .join(",");

export function historyStep(
  previous: string,
  next: string,
  burst: HistoryBurst | null,
  now: number,
  options: Partial<HistoryStepOptions> = {},
): { mode: HistoryMode; burst: HistoryBurst | null } {
  const { burstMs } = { ...HISTORY_STEP_DEFAULTS, ...options };
  if (previous === next) return { mode: "none", burst };
  const keys = changedKeys(previous, next).filter((key) => !NOT_A_STEP.has(key));
  if (keys.length === 0) return { mode: "replace", burst };
  // A different set of shocked entities is a new what-if, not a drag of a shock's size.
  const dragged =
    keys.every((key) => DRAGGED.has(key)) &&
    (!keys.includes("shock") || shockedIds(previous) === shockedIds(next));
  if (!dragged) return { mode: "push", burst: null };
  const key = keys.sort().join("&");
  if (burst !== null && burst.key === key && now - burst.at < burstMs) {
    return { mode: "replace", burst: { key, at: now } };
  }
  return { mode: "push", burst: { key, at: now } };
}
