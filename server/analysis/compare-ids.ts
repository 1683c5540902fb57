// The one order of ids everywhere in the engine.

/** JavaScript string order (UTF-16 code units), the order SPEC §3 uses for canonical forms. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
