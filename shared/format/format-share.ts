// A share in [0, 1] as people read it — `42.1%` — one rule for the CLI's tables and the viewer.

/** A percentage with one decimal; a dash for a non-finite share. */
export function formatShare(share: number): string {
  if (!Number.isFinite(share)) return "—";
  return `${(share * 100).toFixed(1)}%`;
}
