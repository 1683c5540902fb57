// A dataset token as a label — `compute_contract` → `compute contract` — for the viewer and the
// SVG export.

/** "compute_contract" → "compute contract". */
export function formatLabel(value: string): string {
  return value.replaceAll("_", " ");
}
