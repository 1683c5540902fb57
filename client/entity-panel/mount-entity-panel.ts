// The entity panel: who it is, its round-trip share and dollars, the max round-trip and the deals
// that limit it, its top counterparty, the loops it sits on, what if it cannot pay, its
// counterparty exposure both ways, and its deals in and out.

import type { Deal, FlowMatrix } from "@engine";
import { loopLabel } from "../../shared/loop-label.js";
import { type EntityShare, entityFlowUsd } from "../analyze-view.js";
import { dealChip } from "../deal-panel/deal-chip.js";
import { el, replaceChildren } from "../dom.js";
import { formatCount, formatDate, formatLabel, formatShare, formatUsd, plural } from "../format.js";
import { keepFocus } from "../keep-focus.js";
import { dealOf, entityName, entityOf } from "../names.js";
import { PLAIN_LABELS, type PlainLabel, plainLabel } from "../plain-label.js";
import { scheduleIdle } from "../schedule-idle.js";
import { counterpartySection } from "../stress-panel/counterparty-section.js";
import { whatIfSection } from "../stress-panel/what-if-section.js";
import { pointOfDate, trendPoints } from "../trend-chart/trend-geometry.js";
import { trendSvg } from "../trend-chart/trend-svg.js";
import type { ViewModel } from "../view-model.js";
import { sameItem } from "../view-state.js";
import { CENTRALITY_MAX_ENTITIES, centralityOf, centralityReady } from "./centrality-of.js";
import { dealTable } from "./deal-table.js";
import { maxRoundTripOf } from "./max-round-trip-of.js";

function stat(
  label: string | PlainLabel,
  value: string,
  hint?: string,
  pair?: string,
): HTMLElement {
  return el("div", { className: "stat", attrs: { title: hint } }, [
    typeof label === "string"
      ? el("span", { className: "stat-label", text: label })
      : plainLabel(label, "stat-label"),
    el("span", { className: "stat-value", text: value }),
    pair ? el("span", { className: "stat-pair", text: pair }) : null,
  ]);
}

/**
 * PageRank and betweenness (the engine's computeCentrality) with the entity's rank. Computed once
 * per view when the page is idle (betweenness is O(V·E)): "…" until then.
 */
function centralityStats(flow: FlowMatrix, id: string): HTMLElement[] {
  const pageRank = stat(
    PLAIN_LABELS.pageRank,
    "…",
    "Where money ends up: the share of time a walk along the money's paths (weighted by dollars) spends here",
    "…",
  );
  const betweenness = stat(
    PLAIN_LABELS.betweenness,
    "…",
    "How often it sits on the shortest chain of deals between two other entities (normalized)",
    "…",
  );
  const fill = () => {
    const found = centralityOf(flow, id);
    const set = (node: HTMLElement, value: string, pair: string) => {
      node.querySelector(".stat-value")!.textContent = value;
      node.querySelector(".stat-pair")!.textContent = pair;
    };
    if (found === null) {
      const note = `not computed above ${formatCount(CENTRALITY_MAX_ENTITIES)} entities`;
      set(pageRank, "—", note);
      set(betweenness, "—", note);
      return;
    }
    const rank = (k: number) => `#${formatCount(k)} of ${formatCount(found.count)}`;
    set(pageRank, formatShare(found.pageRank), rank(found.pageRankRank));
    if (found.betweenness === null || found.betweennessRank === null) {
      // Past the engine's bound on its work: said, with the reason on hover.
      set(betweenness, "—", "not computed on a network this dense");
      betweenness.title = found.betweennessNotComputed ?? "";
    } else set(betweenness, formatShare(found.betweenness), rank(found.betweennessRank));
  };
  if (centralityReady(flow)) fill();
  else scheduleIdle(() => fill(), 1_000);
  return [pageRank, betweenness];
}

const SPARK_BOX = { width: 300, height: 44, left: 2, right: 2, top: 4, bottom: 4 };

/** The entity's round-trip share per quarter in both views, or a note while it is computed. */
function shareSparkline(model: ViewModel, id: string): HTMLElement {
  const history = model.getEntityHistory(id);
  if (history === null || history.points.length === 0) {
    return el("p", {
      className: "muted sparkline-pending",
      text:
        model.tier.name === "large"
          ? "Not computed on large networks (the Trend tab shows the whole system)."
          : history === null
            ? "Computing the history…"
            : "No dated deals.",
    });
  }
  const points = trendPoints(history, (figures) => figures.roundTripShare ?? 0);
  const first = points.findIndex((point) => point.announced > 0 || point.committed > 0);
  const last = points.at(-1)!;
  const summary =
    first === -1
      ? "No round trip at any quarter end."
      : `From ${formatShare(points[first]!.announced)} announced at ${formatDate(points[first]!.asOf)} to ${formatShare(last.announced)} announced, ${formatShare(last.committed)} committed at ${formatDate(last.asOf)}.`;
  const chart = trendSvg(points, {
    box: SPARK_BOX,
    current: pointOfDate(points, model.getState().asOf),
    formatY: null,
  });
  chart.setAttribute("aria-hidden", "true");
  return el("figure", { className: "sparkline" }, [
    chart,
    el("figcaption", { className: "sparkline-caption", text: summary }),
  ]);
}

export function mountEntityPanel(container: HTMLElement, model: ViewModel): () => void {
  // A redraw (figures arriving from the worker, a filter) keeps the keyboard where it was.
  const render = () => keepFocus(container, draw);
  function draw(): void {
    const state = model.getState();
    const entity =
      state.selection?.kind === "entity" ? entityOf(model.graph, state.selection.id) : null;
    if (!entity) {
      container.hidden = true;
      container.replaceChildren();
      return;
    }
    container.hidden = false;
    const analysis = model.getAnalysis();
    const { graph } = model;
    const row = analysis.exposureById.get(entity.id);
    const flows = entityFlowUsd(analysis, entity.id);
    const maxRoundTrip = maxRoundTripOf(analysis, entity.id);
    // Large networks compute exposure in the background: until it arrives, say so.
    const pending = analysis.exposure === null;
    const orPending = (text: string) => (pending ? "…" : text);
    const outDeals: Deal[] = [];
    const inDeals: Deal[] = [];
    graph.forEachOutEdge(entity.id, (_key, deal) => outDeals.push(deal));
    graph.forEachInEdge(entity.id, (_key, deal) => {
      if (deal.from !== deal.to) inDeals.push(deal);
    });
    const counterparties = new Set(
      [...outDeals, ...inDeals]
        .filter((deal) => analysis.drawnDeals.has(deal.id))
        .map((deal) => (deal.from === entity.id ? deal.to : deal.from)),
    );
    const loops = (analysis.cyclesByEntity.get(entity.id) ?? []).map(
      (i) => analysis.cycles.cycles[i]!,
    );
    const limiting = (maxRoundTrip?.bottleneckDeals ?? [])
      .map((id) => dealOf(graph, id))
      .filter((d) => d !== null);
    const ego = state.egoEntity === entity.id;
    // Both views of a round-trip figure: this view's row, the other view's from the worker.
    const bothViews = (format: (share: EntityShare) => string): string => {
      const own = row
        ? { roundTripShare: row.roundTripShare, roundTripUsd: row.roundTripUsd }
        : null;
      const other = analysis.otherView?.shares.get(entity.id) ?? null;
      const [announced, committed] =
        state.filters.view === "announced" ? [own, other] : [other, own];
      return `${committed ? format(committed) : "…"} committed · ${announced ? format(announced) : "…"} announced`;
    };
    replaceChildren(container, [
      el("header", { className: "detail-header" }, [
        el("div", { className: "detail-kicker" }, [
          el("span", { className: `kind-chip kind-${entity.kind}` }, [
            el("span", { className: "swatch" }),
            formatLabel(entity.kind),
          ]),
          entity.ticker ? el("span", { className: "muted", text: entity.ticker }) : null,
          entity.country ? el("span", { className: "muted", text: entity.country }) : null,
        ]),
        el("h2", { className: "detail-title", text: entity.name }),
        entity.description
          ? el("p", { className: "detail-description", text: entity.description })
          : null,
        el("div", { className: "detail-actions" }, [
          el("button", {
            className: "chip-button",
            text: ego ? "Show everyone" : "Ego view",
            attrs: {
              type: "button",
              "aria-pressed": String(ego),
              title: "Show only this entity and its counterparties",
            },
            on: { click: () => model.dispatch({ type: "setEgo", id: ego ? null : entity.id }) },
          }),
        ]),
      ]),
      el("div", { className: "stats" }, [
        stat("Money out", formatUsd(flows.outflowUsd)),
        stat("Money in", formatUsd(flows.inflowUsd)),
        stat(
          PLAIN_LABELS.roundTripShare,
          orPending(formatShare(row?.roundTripShare ?? 0)),
          "Share of the money it puts out that comes back to it",
          bothViews((share) => formatShare(share.roundTripShare)),
        ),
        stat(
          PLAIN_LABELS.roundTripUsd,
          orPending(formatUsd(row?.roundTripUsd ?? 0)),
          undefined,
          bothViews((share) => formatUsd(share.roundTripUsd)),
        ),
        stat(
          PLAIN_LABELS.maxRoundTrip,
          formatUsd(maxRoundTrip?.maxRoundTripUsd ?? 0),
          "Most money that can leave and come back, never counting a dollar twice",
        ),
        stat(
          PLAIN_LABELS.topSource,
          orPending(
            row?.topCounterparty
              ? `${entityName(graph, row.topCounterparty)} · ${formatShare(row.topCounterpartyShare ?? 0)}`
              : "—",
          ),
          "The counterparty providing the largest share of its inflow",
        ),
        stat(
          PLAIN_LABELS.vendorFinanced,
          orPending(formatShare(row?.vendorFinancedShare ?? 0)),
          "Share of its inflow paid by counterparties it also funds",
        ),
        stat(
          "Counterparties",
          String(counterparties.size),
          "Entities it has a deal with under the current filters",
        ),
        ...centralityStats(analysis.flow, entity.id),
      ]),
      el("h3", {}, [
        plainLabel({ ...PLAIN_LABELS.roundTripShare, plain: "Share that comes back, over time" }),
      ]),
      shareSparkline(model, entity.id),
      limiting.length > 0 ? el("h3", { text: "Deals that limit the max round-trip" }) : null,
      limiting.length > 0
        ? el(
            "ul",
            { className: "limiting" },
            limiting.map((deal) =>
              el("li", {}, [
                el(
                  "button",
                  {
                    className: "link-button",
                    attrs: { type: "button" },
                    on: {
                      click: () =>
                        model.dispatch({ type: "select", item: { kind: "deal", id: deal.id } }),
                    },
                  },
                  [
                    dealChip(deal.type),
                    ` ${entityName(graph, deal.from)} → ${entityName(graph, deal.to)} · ${formatUsd(deal.amountUsd)}`,
                  ],
                ),
              ]),
            ),
          )
        : null,
      el("h3", { text: loops.length > 0 ? `On ${plural(loops.length, "loop")}` : "On no loop" }),
      loops.length > 0
        ? el(
            "ul",
            { className: "mini-loops" },
            loops.slice(0, 6).map((cycle) =>
              el("li", {}, [
                el("button", {
                  className: "link-button",
                  text: `${loopLabel(cycle.nodes, (id) => entityName(graph, id))} · ${formatUsd(cycle.bottleneckUsd)}`,
                  attrs: { type: "button" },
                  on: { click: () => model.dispatch({ type: "focusCycle", nodes: cycle.nodes }) },
                }),
              ]),
            ),
          )
        : null,
      loops.length > 0
        ? el("button", {
            className: "link-button all-loops",
            text:
              loops.length > 6
                ? `All ${loops.length} loops through ${entity.name} in the loops explorer →`
                : `Explore its loops →`,
            attrs: { type: "button" },
            on: { click: () => model.dispatch({ type: "showLoopsOf", id: entity.id }) },
          })
        : null,
      whatIfSection(model, entity.id),
      counterpartySection(model, entity.id),
      el("h3", { text: `Deals out (${outDeals.length})` }),
      dealTable(model, analysis, outDeals, "out"),
      el("h3", { text: `Deals in (${inDeals.length})` }),
      dealTable(model, analysis, inDeals, "in"),
    ]);
  }
  let shown = model.getAnalysis().exposure;
  let shownOther = model.getAnalysis().otherView;
  let shownHistory: unknown = null;
  render();
  return model.subscribe((state, analysis, previous) => {
    const id = state.selection?.kind === "entity" ? state.selection.id : null;
    const history = id === null ? null : model.getEntityHistory(id);
    const arrived =
      analysis.exposure !== shown || analysis.otherView !== shownOther || history !== shownHistory;
    shown = analysis.exposure;
    shownOther = analysis.otherView;
    shownHistory = history;
    if (
      (arrived && state.selection?.kind === "entity") ||
      !sameItem(state.selection, previous.selection) ||
      state.filters !== previous.filters ||
      state.asOf !== previous.asOf ||
      state.egoEntity !== previous.egoEntity
    ) {
      render();
    }
  });
}
