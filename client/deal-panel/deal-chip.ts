// A small coloured tag naming a deal type; the colour comes from the palette via CSS classes.

import type { DealType } from "@engine";
import { el } from "../dom.js";
import { formatLabel } from "../format.js";

export function dealChip(type: DealType, text: string = formatLabel(type)): HTMLElement {
  return el("span", { className: `deal-chip type-${type}` }, [
    el("span", { className: "swatch" }),
    text,
  ]);
}
