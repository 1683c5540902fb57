// The summary strip: gross flow, compressible excess, Finn cycling index, loops and deals shown,
// for the current filters and date.

import type { ViewAnalysis } from "../analyze-view.js";
import { el, replaceChildren } from "../dom.js";
import { formatCount, formatDate, formatShare, formatUsd } from "../format.js";
import type { ViewModel } from "../view-model.js";
import type { ViewState } from "../view-state.js";

interface Figure {
  key: string;
  label: string;
  value: string;
  hint: string;
}

export function summaryFigures(state: ViewState, analysis: ViewAnalysis): Figure[] {
  const { summary, cycles } = analysis;
  const pending = (key: string, label: string): Figure => ({
    key,
    label,
    value: "…",
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
          hint: "Sum of every counted deal amount",
        },
    summary === null
      ? pending("excess", "Compressible excess")
      : {
          key: "excess",
          label: "Compressible excess",
          value: formatUsd(summary.compressibleExcessUsd),
          hint:
            gross > 0
              ? `${formatShare(summary.compressibleExcessUsd / gross)} of gross could be netted away`
              : "Gross minus net positions",
        },
    summary === null
      ? pending("finn", "Finn cycling index")
      : {
          key: "finn",
          label: "Finn cycling index",
          value: formatShare(summary.finnCyclingIndex),
          hint: "Share of throughflow that returns to where it started",
        },
    {
      key: "loops",
      label: "Loops",
      value: `${formatCount(cycles.cycles.length)}${cycles.truncated ? "+" : ""}`,
      hint: cycles.truncated ? "Enumeration bounded: more exist" : "Elementary cycles of money",
    },
    {
      key: "deals",
      label: "Deals shown",
      value: formatCount(analysis.drawnDeals.size),
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
          { className: "figure", attrs: { "data-figure": figure.key, title: figure.hint } },
          [
            el("span", { className: "figure-label", text: figure.label }),
            el("span", { className: "figure-value", text: figure.value }),
            el("span", { className: "figure-hint", text: figure.hint }),
          ],
        ),
      ),
    );
  }
  let shown = model.getAnalysis().summary;
  render(model.getState(), model.getAnalysis());
  return model.subscribe((state, analysis, previous) => {
    // A summary computed in the background arrives with the state unchanged.
    if (
      state.filters !== previous.filters ||
      state.asOf !== previous.asOf ||
      analysis.summary !== shown
    ) {
      shown = analysis.summary;
      render(state, analysis);
    }
  });
}
