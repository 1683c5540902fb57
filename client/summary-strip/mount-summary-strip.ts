// The summary strip: gross flow, compressible excess, Finn cycling index, loops and deals shown,
// for the current filters and date; each figure in the view shown, with both views beside it
// ("$787.0B committed of $2.3T announced"), so a reader sees how much is promise.

import type { View } from "@engine";
import type { Summary, ViewAnalysis } from "../analyze-view.js";
import { announce } from "../announce.js";
import { el, replaceChildren } from "../dom.js";
import { formatCount, formatDate, formatShare, formatUsd } from "../format.js";
import { PLAIN_LABELS } from "../plain-label.js";
import type { ViewModel } from "../view-model.js";
import type { ViewState } from "../view-state.js";
import { describeFigureChanges, figuresComplete } from "./describe-figure-changes.js";

export interface Figure {
  key: string;
  /** Plain words. */
  label: string;
  /** The technical name, in the figure's tooltip and description ("compressible excess"). */
  term?: string;
  value: string;
  /** Both views side by side; null when the figure has one side only. */
  pair: FigurePair | null;
  hint: string;
}

/** A figure in both views: "$787.0B committed" + " of " + "$2.3T announced". */
export interface FigurePair {
  committed: string;
  joiner: string;
  announced: string;
}

/** The summary of each view, as far as known (the other view comes from the worker). */
export function viewSummaries(
  view: View,
  analysis: Pick<ViewAnalysis, "summary" | "otherView">,
): Record<View, Summary | null> {
  const other = analysis.otherView?.summary ?? null;
  return view === "announced"
    ? { announced: analysis.summary, committed: other }
    : { announced: other, committed: analysis.summary };
}

/** "$787.0B committed of $2.3T announced"; "…" until both are known. */
export function pairText(
  summaries: Record<View, Summary | null>,
  pick: (summary: Summary) => number,
  format: (value: number) => string,
  joiner: "of" | "·",
): FigurePair {
  const { announced, committed } = summaries;
  if (announced === null || committed === null)
    return { committed: "… committed", joiner: ", ", announced: "… announced" };
  return {
    committed: `${format(pick(committed))} committed`,
    joiner: joiner === "of" ? " of " : " · ",
    announced: `${format(pick(announced))} announced`,
  };
}

export function summaryFigures(state: ViewState, analysis: ViewAnalysis): Figure[] {
  const { summary, cycles } = analysis;
  const summaries = viewSummaries(state.filters.view, analysis);
  const pending = (key: string, label: string): Figure => ({
    key,
    label,
    value: "…",
    pair: null,
    hint: "Computing round-trip shares in the background",
  });
  const gross = summary?.grossUsd ?? 0;
  return [
    summary === null
      ? pending("gross", "Gross flow")
      : {
          key: "gross",
          label: "Gross flow",
          value: formatUsd(gross),
          pair: pairText(summaries, (s) => s.grossUsd, formatUsd, "of"),
          hint: "Sum of every counted deal amount",
        },
    summary === null
      ? pending("excess", PLAIN_LABELS.excess.plain)
      : {
          key: "excess",
          label: PLAIN_LABELS.excess.plain,
          term: PLAIN_LABELS.excess.term,
          value: formatUsd(summary.compressibleExcessUsd),
          pair: pairText(summaries, (s) => s.compressibleExcessUsd, formatUsd, "of"),
          hint:
            gross > 0
              ? `${formatShare(summary.compressibleExcessUsd / gross)} of gross could be netted away`
              : "Gross minus net positions",
        },
    summary === null
      ? pending("finn", PLAIN_LABELS.finn.plain)
      : {
          key: "finn",
          label: PLAIN_LABELS.finn.plain,
          term: PLAIN_LABELS.finn.term,
          value: formatShare(summary.finnCyclingIndex),
          pair: pairText(summaries, (s) => s.finnCyclingIndex, formatShare, "·"),
          hint: "Share of throughflow that returns to where it started",
        },
    {
      key: "loops",
      label: "Loops",
      value: `${formatCount(cycles.cycles.length)}${cycles.truncated ? "+" : ""}`,
      pair: pairText(summaries, (s) => s.cycleCount, formatCount, "of"),
      hint: cycles.truncated ? "Enumeration bounded: more exist" : "Elementary cycles of money",
    },
    {
      key: "deals",
      label: "Deals shown",
      value: formatCount(analysis.drawnDeals.size),
      pair: null,
      hint: state.asOf ? `As of ${formatDate(state.asOf)}` : "All dates",
    },
  ];
}

export function mountSummaryStrip(container: HTMLElement, model: ViewModel): () => void {
  function render(state: ViewState, analysis: ViewAnalysis): void {
    replaceChildren(
      container,
      summaryFigures(state, analysis).map((figure) =>
        el(
          "div",
          {
            className: "figure",
            attrs: {
              "data-figure": figure.key,
              title: figure.term ? `${figure.term}: ${figure.hint}` : figure.hint,
            },
          },
          [
            el("div", { className: "figure-head" }, [
              el("span", {
                className: "figure-label",
                text: figure.label,
                // The technical name, for those who know it (screen readers read it as a description).
                attrs: figure.term ? { "aria-description": figure.term } : {},
              }),
              // …and on screen beside the plain words where there is room (read once, above).
              figure.term
                ? el("span", {
                    className: "figure-term",
                    text: figure.term,
                    attrs: { "aria-hidden": "true" },
                  })
                : null,
            ]),
            el("span", { className: "figure-value", text: figure.value }),
            figure.pair
              ? // On a phone only the other view's side shows (the value above is this view's).
                el(
                  "span",
                  { className: "figure-pair", attrs: { "data-view": state.filters.view } },
                  [
                    el("span", { className: "pair-committed", text: figure.pair.committed }),
                    el("span", { className: "pair-joiner", text: figure.pair.joiner }),
                    el("span", { className: "pair-announced", text: figure.pair.announced }),
                  ],
                )
              : el("span", { className: "figure-hint", text: figure.hint }),
          ],
        ),
      ),
    );
  }
  let shown = model.getAnalysis();
  render(model.getState(), shown);
  // What a screen reader last heard (at first, the figures the page shows on opening). Changes are
  // described when the user pauses, against what was last said: a burst that ends where it began
  // says nothing.
  let heard: Figure[] | null = null;
  let latest: Figure[] | null = null;
  const listen = (state: ViewState, analysis: ViewAnalysis) => {
    const figures = summaryFigures(state, analysis);
    if (!figuresComplete(figures) || state.playing) return;
    latest = figures;
    if (heard === null) {
      heard = figures;
      return;
    }
    announce(() => {
      if (heard === null || latest === null) return null;
      const words = describeFigureChanges(heard, latest);
      heard = latest;
      return words;
    });
  };
  listen(model.getState(), shown);
  return model.subscribe((state, analysis, previous) => {
    // Exposure and the other view arrive from the worker with the state unchanged.
    if (
      state.filters !== previous.filters ||
      state.asOf !== previous.asOf ||
      analysis.summary !== shown.summary ||
      analysis.otherView !== shown.otherView
    ) {
      shown = analysis;
      render(state, analysis);
      listen(state, analysis);
    } else if (state.playing !== previous.playing) listen(state, analysis);
  });
}
