// Deal chips: a small coloured tag naming a deal type (the colour comes from the palette via CSS
// classes), and the full chip of a deal in a loop or a panel: type, amount, basis and status, a
// dashed frame when the amount is a promise, struck through with a link to its replacement when
// another deal superseded it.

import type { Deal, DealType } from "@engine";
import { dealTerms, isFirmDeal } from "../deal-terms.js";
import { el } from "../dom.js";
import { formatDate, formatLabel, formatUsd } from "../format.js";

export function dealChip(type: DealType, text: string = formatLabel(type)): HTMLElement {
  return el("span", { className: `deal-chip type-${type}` }, [
    el("span", { className: "swatch" }),
    text,
  ]);
}

/** The text of a link to a deal: "equity $30.0B, Feb 2026". */
export function dealLinkText(deal: Deal): string {
  return `${formatLabel(deal.type)} ${formatUsd(deal.amountUsd)}, ${formatDate(deal.date)}`;
}

/**
 * A deal as a chip: "equity $100.0B" and "headline · announced" beside it. `replacement` (the
 * deal in force that superseded it) strikes the chip through and links to that deal.
 */
export function dealFullChip(
  deal: Deal,
  replacement: Deal | null,
  open: (id: string) => void,
): HTMLElement {
  const firm = isFirmDeal(deal);
  const className = `deal-chip deal-full type-${deal.type}${firm ? "" : " promise"}${replacement ? " superseded" : ""}`;
  return el(
    "span",
    { className, attrs: { title: deal.description ?? deal.id, "data-deal": deal.id } },
    [
      el("span", { className: "swatch" }),
      el("span", {
        className: "deal-what",
        text: `${formatLabel(deal.type)} ${formatUsd(deal.amountUsd)}`,
      }),
      el("span", {
        className: "deal-terms",
        text: replacement ? `${dealTerms(deal)} · superseded` : dealTerms(deal),
      }),
      replacement ? replacedByButton(replacement, open) : null,
    ],
  );
}

/** The link from a superseded deal to `replacement`, the deal in force that replaced it. */
export function replacedByButton(replacement: Deal, open: (id: string) => void): HTMLElement {
  return el("button", {
    className: "link-button replaced-by",
    text: `replaced by ${dealLinkText(replacement)}`,
    attrs: { type: "button", "data-deal": replacement.id },
    on: {
      click: (event) => {
        // Not the click of what holds it (a loop card, a chip's row).
        event.stopPropagation();
        open(replacement.id);
      },
    },
  });
}
