// The short label drawn on the canvas: a long name loses its parenthetical ("Hyperion JV (Beignet
// Investor LLC)" → "Hyperion JV"); panels and search always show the full name.

/** Names longer than this lose a trailing parenthetical on the canvas. */
export const MAX_LABEL_LENGTH = 22;

export function displayLabel(name: string): string {
  if (name.length <= MAX_LABEL_LENGTH) return name;
  const stripped = name.replace(/\s*\([^)]*\)\s*$/, "").trim();
  const short = stripped.length > 0 ? stripped : name;
  return short.length <= MAX_LABEL_LENGTH + 6
    ? short
    : `${short.slice(0, MAX_LABEL_LENGTH).trimEnd()}…`;
}

/** Approximate width in pixels of a label at 12px in a system sans-serif (no canvas needed). */
export function estimateLabelWidth(label: string, fontSize = 12): number {
  let units = 0;
  for (const char of label) {
    if ("iljtf.,'()|! ".includes(char)) units += 0.36;
    else if ("mwMW@".includes(char)) units += 0.92;
    else if (char >= "A" && char <= "Z") units += 0.72;
    else units += 0.62;
  }
  return units * fontSize;
}
