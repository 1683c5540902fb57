// Figure labels in plain words with the technical name second — "Could be netted away
// (compressible excess)" — one table for the summary strip, loop cards, the exposure table, the
// entity panel and the trend charts, so a figure has the same words wherever it is shown.

import { el } from "./dom.js";

export interface PlainLabel {
  /** What the figure means, in everyday words. */
  plain: string;
  /** Its name in the methodology and the API ("compressible excess"). */
  term: string;
}

export const PLAIN_LABELS = Object.freeze({
  excess: { plain: "Could be netted away", term: "compressible excess" },
  finn: { plain: "Money going round", term: "Finn cycling index" },
  bottleneck: { plain: "Most that goes round", term: "bottleneck" },
  roundTripShare: { plain: "Share that comes back", term: "round-trip share" },
  roundTripUsd: { plain: "Money that comes back", term: "round-trip dollars" },
  maxRoundTrip: { plain: "Most that can come back", term: "max round-trip" },
  vendorFinanced: { plain: "Paid by those it funds", term: "vendor-financed share" },
  topSource: { plain: "Top source of money", term: "top counterparty" },
  pageRank: { plain: "Where money ends up", term: "PageRank" },
  betweenness: { plain: "Go-between in chains of deals", term: "betweenness" },
} satisfies Record<string, PlainLabel>);

/** "Share that comes back (round-trip share)". */
export function plainLabelText(label: PlainLabel): string {
  return `${label.plain} (${label.term})`;
}

/** The plain words, then the technical name in a lighter weight; reads as plainLabelText. */
export function plainLabel(label: PlainLabel, className?: string): HTMLElement {
  return el("span", className ? { className } : {}, [
    label.plain,
    " ",
    el("span", { className: "figure-term", text: `(${label.term})` }),
  ]);
}
