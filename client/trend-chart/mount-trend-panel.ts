// The Trend tab: how the circle formed, quarter by quarter, in both views (SPEC §7's history from
// the worker): gross flow, the Finn cycling index and the number of loops, announced against
// committed. A click on a quarter, or the arrow keys on a chart, set the timeline there.

import type { History, HistoryFigures } from "@engine";
import { el, replaceChildren } from "../dom.js";
import { formatCount, formatShare, formatUsd } from "../format.js";
import { PLAIN_LABELS, type PlainLabel, plainLabel, plainLabelText } from "../plain-label.js";
import type { ViewModel } from "../view-model.js";
import { pointOfDate, type TrendPoint, trendPoints } from "./trend-geometry.js";
import { trendReadout } from "./trend-readout.js";
import { placeTrendCursor, trendSvg } from "./trend-svg.js";

const BOX = { width: 340, height: 120, left: 48, right: 8, top: 8, bottom: 20 };

interface Measure {
  key: string;
  /** Plain words, with the technical name second where the figure has one. */
  title: string | PlainLabel;
  pick: (figures: HistoryFigures) => number;
  format: (value: number) => string;
}

const MEASURES: readonly Measure[] = [
  { key: "gross", title: "Gross flow", pick: (f) => f.grossUsd, format: formatUsd },
  {
    key: "finn",
    title: PLAIN_LABELS.finn,
    pick: (f) => f.finnCyclingIndex,
    format: formatShare,
  },
  { key: "loops", title: "Loops", pick: (f) => f.cycleCount, format: formatCount },
];

function titleText(measure: Measure): string {
  return typeof measure.title === "string" ? measure.title : plainLabelText(measure.title);
}

function nowText(measure: Measure, at: History["points"][number]): string {
  return ` ${measure.format(measure.pick(at.committed))} committed · ${measure.format(measure.pick(at.announced))} announced`;
}

export function mountTrendPanel(container: HTMLElement, model: ViewModel): () => void {
  let shownHistory: History | null = null;
  /** What the drawn charts show of the date: the quarter marked, and the timeline's date. */
  let shownMark = "";
  let charts: { measure: Measure; series: TrendPoint[]; svg: SVGSVGElement; now: HTMLElement }[] =
    [];
  let readout: HTMLElement | null = null;
  function currentOf(history: History, asOf: string | null): number {
    return pointOfDate(
      trendPoints(history, (f) => f.grossUsd),
      asOf,
    );
  }
  function render(): void {
    const history = model.getHistory();
    const { asOf } = model.getState();
    shownHistory = history;
    charts = [];
    readout = null;
    const heading = [
      el("h2", { text: "Trend" }),
      el("p", {
        className: "panel-note",
        text: "Both views at each quarter end: solid announced, dashed committed. Click a quarter, or use the arrow keys on a chart, to set the timeline there.",
      }),
    ];
    if (history === null) {
      shownMark = "";
      replaceChildren(container, [
        el("div", { className: "panel-heading" }, heading),
        el("p", { className: "muted trend-pending", text: "Computing the history…" }),
      ]);
      return;
    }
    const points = history.points;
    const current = currentOf(history, asOf);
    shownMark = `${current}|${asOf}`;
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
    const figures = MEASURES.map((measure) => {
      const series = trendPoints(history, measure.pick);
      const now = el("span", { className: "trend-now", text: at ? nowText(measure, at) : "" });
      now.hidden = at === null;
      const chart = el(
        "figure",
        {
          className: "trend-chart",
          attrs: {
            "data-measure": measure.key,
            tabindex: 0,
            role: "group",
            "aria-label": `${titleText(measure)} per quarter, announced and committed. Left and right arrows move the timeline by a quarter.`,
          },
          on: {
            keydown: (event) => {
              // The quarter marked now (the chart may have been kept across timeline steps).
              const marked = currentOf(history, model.getState().asOf);
              const step = event.key === "ArrowLeft" ? -1 : event.key === "ArrowRight" ? 1 : 0;
              if (event.key === "Home") setPoint(0);
              else if (event.key === "End") setPoint(points.length);
              else if (step !== 0) setPoint((marked < 0 ? -1 : marked) + step);
              else return;
              event.preventDefault();
            },
          },
        },
        [
          el("figcaption", { className: "trend-title" }, [
            typeof measure.title === "string" ? measure.title : plainLabel(measure.title),
            now,
          ]),
        ],
      );
      const drawn = trendSvg(series, {
        box: BOX,
        current,
        formatY: measure.format,
        onPick: setPoint,
      });
      chart.append(drawn);
      charts.push({ measure, series, svg: drawn, now });
      return chart;
    });
    readout = el("p", {
      className: "trend-readout",
      attrs: { "aria-live": "polite" },
      text: trendReadout(at, asOf),
    });
    replaceChildren(container, [
      el("div", { className: "panel-heading" }, heading),
      readout,
      ...figures,
      history.truncated
        ? el("p", {
            className: "muted",
            text: "Some quarters hit the loop search bound: their loop counts are lower bounds.",
          })
        : null,
    ]);
  }
  /** A timeline step: move the marks and the readouts, keep the charts. */
  function mark(history: History, asOf: string | null): void {
    const current = currentOf(history, asOf);
    const next = `${current}|${asOf}`;
    if (next === shownMark) return;
    shownMark = next;
    const at = current >= 0 ? history.points[current]! : null;
    for (const chart of charts) {
      placeTrendCursor(chart.svg, chart.series, BOX, current);
      chart.now.textContent = at ? nowText(chart.measure, at) : "";
      chart.now.hidden = at === null;
    }
    if (readout) readout.textContent = trendReadout(at, asOf);
  }
  // Drawn while the Trend tab is shown (or on its first showing): a hidden tab's charts wait.
  let stale = true;
  function update(): void {
    stale = false;
    const history = model.getHistory();
    if (history !== shownHistory || history === null) {
      const focused = container.contains(document.activeElement)
        ? (document.activeElement as HTMLElement).dataset.measure
        : undefined;
      render();
      if (focused) container.querySelector<HTMLElement>(`[data-measure="${focused}"]`)?.focus();
    } else mark(history, model.getState().asOf);
  }
  update();
  return model.subscribe((state, _analysis, previous) => {
    const changed = model.getHistory() !== shownHistory || state.asOf !== previous.asOf || stale;
    if (!changed) return;
    if (state.tab === "trend") update();
    else stale = true;
  });
}
