// The Trend tab: how the circle formed, quarter by quarter, in both views (SPEC §7's history from
// the worker): gross flow, the Finn cycling index and the number of loops, announced against
// committed. A click on a quarter, or the arrow keys on a chart, set the timeline there.

import type { History, HistoryFigures } from "@engine";
import { el, replaceChildren } from "../dom.js";
import { formatCount, formatDate, formatShare, formatUsd } from "../format.js";
import type { ViewModel } from "../view-model.js";
import { pointOfDate, trendPoints } from "./trend-geometry.js";
import { trendSvg } from "./trend-svg.js";

const BOX = { width: 340, height: 120, left: 48, right: 8, top: 8, bottom: 20 };

interface Measure {
  key: string;
  title: string;
  pick: (figures: HistoryFigures) => number;
  format: (value: number) => string;
}

const MEASURES: readonly Measure[] = [
  { key: "gross", title: "Gross flow", pick: (f) => f.grossUsd, format: formatUsd },
  {
    key: "finn",
    title: "Finn cycling index",
    pick: (f) => f.finnCyclingIndex,
    format: formatShare,
  },
  { key: "loops", title: "Loops", pick: (f) => f.cycleCount, format: formatCount },
];

export function mountTrendPanel(container: HTMLElement, model: ViewModel): () => void {
  let shownHistory: History | null = null;
  let shownAsOf: string | null | undefined;
  function render(): void {
    const history = model.getHistory();
    const { asOf } = model.getState();
    shownHistory = history;
    shownAsOf = asOf;
    const heading = [
      el("h2", { text: "Trend" }),
      el("p", {
        className: "panel-note",
        text: "Both views at each quarter end: solid announced, dashed committed. Click a quarter, or use the arrow keys on a chart, to set the timeline there.",
      }),
    ];
    if (history === null) {
      replaceChildren(container, [
        el("div", { className: "panel-heading" }, heading),
        el("p", { className: "muted trend-pending", text: "Computing the history…" }),
      ]);
      return;
    }
    const points = history.points;
    const current = pointOfDate(
      trendPoints(history, (f) => f.grossUsd),
      asOf,
    );
    const setPoint = (index: number) => {
      const clamped = Math.max(0, Math.min(points.length - 1, index));
      model.dispatch({ type: "setPlaying", playing: false });
      model.dispatch({
        type: "setAsOf",
        asOf:
          clamped === points.length - 1 && index >= points.length - 1
            ? null
            : points[clamped]!.asOf,
      });
    };
    const at = current >= 0 ? points[current]! : null;
    const charts = MEASURES.map((measure) => {
      const series = trendPoints(history, measure.pick);
      const chart = el(
        "figure",
        {
          className: "trend-chart",
          attrs: {
            "data-measure": measure.key,
            tabindex: 0,
            role: "group",
            "aria-label": `${measure.title} per quarter, announced and committed. Left and right arrows move the timeline by a quarter.`,
          },
          on: {
            keydown: (event) => {
              const step = event.key === "ArrowLeft" ? -1 : event.key === "ArrowRight" ? 1 : 0;
              if (event.key === "Home") setPoint(0);
              else if (event.key === "End") setPoint(points.length);
              else if (step !== 0) setPoint((current < 0 ? -1 : current) + step);
              else return;
              event.preventDefault();
            },
          },
        },
        [
          el("figcaption", { className: "trend-title" }, [
            measure.title,
            at
              ? el("span", {
                  className: "trend-now",
                  text: ` ${measure.format(measure.pick(at.committed))} committed · ${measure.format(measure.pick(at.announced))} announced`,
                })
              : null,
          ]),
        ],
      );
      chart.append(
        trendSvg(series, { box: BOX, current, formatY: measure.format, onPick: setPoint }),
      );
      return chart;
    });
    replaceChildren(container, [
      el("div", { className: "panel-heading" }, heading),
      el("p", {
        className: "trend-readout",
        attrs: { "aria-live": "polite" },
        text: at
          ? `Quarter ending ${formatDate(at.asOf)}${asOf === null ? " (today: all deals)" : ""}`
          : "Before the first quarter end",
      }),
      ...charts,
      history.truncated
        ? el("p", {
            className: "muted",
            text: "Some quarters hit the loop search bound: their loop counts are lower bounds.",
          })
        : null,
    ]);
  }
  render();
  return model.subscribe((state) => {
    if (model.getHistory() !== shownHistory || state.asOf !== shownAsOf) {
      const focused = container.contains(document.activeElement)
        ? (document.activeElement as HTMLElement).dataset.measure
        : undefined;
      render();
      if (focused) container.querySelector<HTMLElement>(`[data-measure="${focused}"]`)?.focus();
    }
  });
}
