// The loops, ranked by bottleneck, as a table: one card-like row per cycle (A → B → C → A, the deals on each hop, the
// bottleneck announced and committed with the hop that limits each, the dates). Hover or click highlights the loop on the graph; keyboard works too.
// The first rows are built at once and the rest in idle time: all 150 are ~9,000 elements, and
// building and laying them out held the first frame of the network back by a third of a second.

import type { View } from "@engine";
import type { Cycle, ViewAnalysis } from "../analyze-view.js";
import { dealFullChip } from "../deal-panel/deal-chip.js";
import { replacementOf } from "../deal-panel/replacement-of.js";
import { el, replaceChildren } from "../dom.js";
import { formatDate, formatUsd, plural } from "../format.js";
import { dealOf, entityName } from "../names.js";
import { scheduleIdle } from "../schedule-idle.js";
import type { ViewModel } from "../view-model.js";
import { sameCycle } from "../view-state.js";
import { type LoopBottleneck, loopBottlenecks } from "./loop-bottlenecks.js";

/** Cards rendered at most; the count says how many exist. */
export const MAX_CYCLE_CARDS = 150;
/** Cards built before the panel is first shown: more than a tall window holds. */
const FIRST_CARDS = 12;
/** Cards built per idle slice after that. */
const CARDS_PER_SLICE = 25;

function dateRange(model: ViewModel, cycle: Cycle): string {
  const dates = cycle.deals
    .flat()
    .map((id) => dealOf(model.graph, id)?.date)
    .filter((date): date is string => date !== undefined)
    .sort();
  if (dates.length === 0) return "";
  const first = formatDate(dates[0]!);
  const last = formatDate(dates[dates.length - 1]!);
  return first === last ? first : `${first} – ${last}`;
}

/** "limits both", "limits announced", "limits committed", or null for a hop that limits neither. */
export function limitTag(both: Record<View, LoopBottleneck>, hop: number): string | null {
  const announced = both.announced.hop === hop;
  const committed = both.committed.hop === hop;
  if (announced && committed) return "limits both views";
  if (announced) return "limits announced";
  if (committed) return "limits committed";
  return null;
}

function cycleCard(
  model: ViewModel,
  analysis: ViewAnalysis,
  cycle: Cycle,
  rank: number,
): HTMLElement {
  const { graph } = model;
  const drawn = analysis.drawnDeals;
  const view = model.getState().filters.view;
  const both = loopBottlenecks(analysis.viewFlows, cycle.nodes);
  const open = (id: string) => model.dispatch({ type: "select", item: { kind: "deal", id } });
  const names = cycle.nodes.map((id) => entityName(graph, id));
  const path = el("p", { className: "cycle-path" });
  names.forEach((name, i) => {
    path.append(
      el("span", { className: "cycle-node", text: name }),
      el("span", { className: "arrow", text: " → " }),
    );
    if (i === names.length - 1)
      path.append(el("span", { className: "cycle-node", text: names[0]! }));
  });
  const hops = el(
    "ol",
    { className: "cycle-hops" },
    cycle.nodes.map((from, k) => {
      const to = cycle.nodes[(k + 1) % cycle.nodes.length]!;
      const deals = (cycle.deals[k] ?? []).map((id) => dealOf(graph, id)).filter((d) => d !== null);
      const tag = limitTag(both, k);
      return el("li", { className: tag ? "limiting-hop" : "" }, [
        el("span", { className: "hop-ends" }, [
          `${entityName(graph, from)} → ${entityName(graph, to)}`,
          tag ? el("span", { className: "limit-tag", text: tag }) : null,
        ]),
        el(
          "span",
          { className: "hop-deals" },
          deals.map((deal) =>
            dealFullChip(deal, replacementOf(graph, model.replacements, drawn, deal.id), open),
          ),
        ),
      ]);
    }),
  );
  const label = `Loop ${rank}: ${[...names, names[0]].join(" to ")}, bottleneck ${formatUsd(both.announced.usd)} announced, ${formatUsd(both.committed.usd)} committed`;
  const toggle = () => {
    const focused = model.getState().focusedCycle;
    model.dispatch({
      type: "focusCycle",
      nodes: sameCycle(focused, cycle.nodes) ? null : cycle.nodes,
    });
  };
  const hover = (on: boolean) =>
    model.dispatch({ type: "hoverCycle", nodes: on ? cycle.nodes : null });
  // A real table row (rank, loop, bottleneck): the accessible alternative to the canvas. The rank
  // is the row's toggle button, so the keyboard reaches each loop once; a click anywhere on the
  // row toggles it too.
  return el(
    "tr",
    {
      className: "cycle-card",
      attrs: { "data-cycle": cycle.nodes.join("\u001f") },
      on: {
        click: (event) => {
          if (!(event.target instanceof Element && event.target.closest(".cycle-toggle"))) toggle();
        },
        mouseenter: () => hover(true),
        mouseleave: () => hover(false),
      },
    },
    [
      el("th", { className: "cycle-rank-cell", attrs: { scope: "row" } }, [
        el("button", {
          className: "cycle-toggle cycle-rank",
          text: `#${rank}`,
          attrs: { type: "button", "aria-pressed": "false", "aria-label": label },
          on: { click: toggle, focus: () => hover(true), blur: () => hover(false) },
        }),
        el("span", { className: "cycle-length", text: `${cycle.nodes.length} hops` }),
      ]),
      el("td", { className: "cycle-body" }, [
        path,
        hops,
        el("span", { className: "cycle-dates", text: dateRange(model, cycle) }),
      ]),
      el("td", { className: "cycle-bottleneck" }, [
        // A zero bottleneck means a hop whose amounts are all undisclosed, or with no committed deal.
        ...(["announced", "committed"] as const).map((side) =>
          el(
            "span",
            {
              className: `bottleneck-side${side === view ? " current" : ""}`,
              attrs: { "data-view": side },
            },
            [
              el("strong", {
                text:
                  both[side].usd > 0
                    ? formatUsd(both[side].usd)
                    : side === "announced"
                      ? "undisclosed"
                      : "$0",
              }),
              el("span", { className: "muted", text: side }),
            ],
          ),
        ),
        el("span", { className: "visually-hidden", text: "bottleneck" }),
      ]),
    ],
  );
}

export function mountCyclesPanel(container: HTMLElement, model: ViewModel): () => void {
  const heading = el("div", { className: "panel-heading" });
  const list = el("tbody");
  const table = el("table", { className: "cycle-list" }, [
    el("caption", { className: "visually-hidden", text: "Loops ranked by bottleneck" }),
    el("colgroup", {}, [
      el("col", { className: "col-rank" }),
      el("col", {}),
      el("col", { className: "col-bottleneck" }),
    ]),
    el("thead", { className: "visually-hidden" }, [
      el("tr", {}, [
        el("th", { text: "Rank", attrs: { scope: "col" } }),
        el("th", { text: "Loop and the deals on each hop", attrs: { scope: "col" } }),
        el("th", { text: "Bottleneck", attrs: { scope: "col" } }),
      ]),
    ]),
    list,
  ]);
  container.replaceChildren(heading, table);
  let cards: HTMLElement[] = [];
  let shown: readonly Cycle[] = [];
  let current = model.getAnalysis();
  let cancelSlice = () => {};

  /** Build the rows up to `end`; the rest follow in idle slices. */
  function append(end: number): void {
    cancelSlice();
    const start = cards.length;
    const added = shown
      .slice(start, end)
      .map((cycle, i) => cycleCard(model, current, cycle, start + i + 1));
    cards.push(...added);
    list.append(...added);
    markCards(added);
    if (cards.length < shown.length) {
      cancelSlice = scheduleIdle(() => append(cards.length + CARDS_PER_SLICE));
    } else performance.mark("roundtrip:cycles-built");
  }

  /** The rows up to the focused loop (from a link or another panel) exist at once. */
  function buildToFocused(): void {
    const focused = model.getState().focusedCycle;
    if (focused === null) return;
    const index = shown.findIndex((cycle) => sameCycle(cycle.nodes, focused));
    if (index >= cards.length) append(index + 1);
  }

  function render(analysis: ViewAnalysis): void {
    cancelSlice();
    const { cycles, truncated } = analysis.cycles;
    shown = cycles.slice(0, MAX_CYCLE_CARDS);
    current = analysis;
    replaceChildren(heading, [
      el("h2", { text: "Loops" }),
      el("p", {
        className: "panel-note",
        text:
          cycles.length === 0
            ? "No loops under these filters: money flows one way."
            : `${plural(cycles.length, "loop")}${truncated ? " (bounded search)" : ""}, ranked by bottleneck, the most money that can go all the way round.${cycles.length > shown.length ? ` Showing the top ${shown.length}.` : ""}`,
      }),
    ]);
    cards = [];
    list.replaceChildren();
    buildToFocused();
    if (cards.length < FIRST_CARDS) append(FIRST_CARDS);
  }

  function markCards(subset: readonly HTMLElement[]): void {
    const key = model.getState().focusedCycle?.join("\u001f") ?? null;
    for (const card of subset) {
      const on = card.dataset.cycle === key;
      card.classList.toggle("pressed", on);
      card.querySelector(".cycle-toggle")?.setAttribute("aria-pressed", String(on));
      if (on && !card.matches(":hover")) card.scrollIntoView({ block: "nearest" });
    }
  }

  render(model.getAnalysis());
  const unsubscribe = model.subscribe((state, analysis, previous) => {
    if (state.filters !== previous.filters || state.asOf !== previous.asOf) render(analysis);
    else if (!sameCycle(state.focusedCycle, previous.focusedCycle)) {
      buildToFocused();
      markCards(cards);
    }
  });
  return () => {
    unsubscribe();
    cancelSlice();
  };
}
