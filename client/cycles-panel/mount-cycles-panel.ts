// The loops, ranked by bottleneck, as a table: one card-like row per cycle (A → B → C → A, the deals on each hop, the
// bottleneck announced and committed with the hop that limits each, the dates). Hover or click highlights the loop on the graph; keyboard works too.
// An explorer: every loop is reachable, filtered by entities on it, length and minimum bottleneck
// (either view) and sorted by bottleneck, length or date (filter-loops.ts). Rows come a page at a
// time ("Show more"); the first rows are built at once and the rest of a page in idle time: 150
// cards are ~9,000 elements, and building them all held the first frame back by a third of a second.

import type { View } from "@engine";
import type { Cycle, ViewAnalysis } from "../analyze-view.js";
import { dealFullChip } from "../deal-panel/deal-chip.js";
import { replacementOf } from "../deal-panel/replacement-of.js";
import { el, replaceChildren } from "../dom.js";
import { formatDate, formatUsd, plural } from "../format.js";
import { dealOf, entityName } from "../names.js";
import { PLAIN_LABELS, plainLabel, plainLabelText } from "../plain-label.js";
import { scheduleIdle } from "../schedule-idle.js";
import type { ViewModel } from "../view-model.js";
import { sameCycle } from "../view-state.js";
import {
  filterLoops,
  isFiltering,
  type LoopFacts,
  type LoopQuery,
  type LoopSort,
} from "./filter-loops.js";
import { type LoopBottleneck, loopBottlenecks } from "./loop-bottlenecks.js";
import { loopFactsOf } from "./loop-facts.js";

/** Cards per page: the first page, and each "Show more". */
export const CYCLE_PAGE = 50;
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

/** A built row: what it shows but its rank (reused while that stays the same) and its label. */
interface CardInfo {
  key: string;
  /** The accessible label after "Loop N: ". */
  tail: string;
}

const cardInfo = new WeakMap<HTMLElement, CardInfo>();

/** A loop as the table is about to show it, but for its rank. */
interface CardSpec {
  cycle: Cycle;
  both: Record<View, LoopBottleneck>;
  key: string;
}

/**
 * Everything a card shows but its rank: the view, the loop, its deals and whether each is drawn
 * struck through (and by what), both bottlenecks and their hops. Equal keys draw equal cards.
 */
function cardSpec(model: ViewModel, analysis: ViewAnalysis, cycle: Cycle): CardSpec {
  const both = loopBottlenecks(analysis.viewFlows, cycle.nodes);
  const replaced: string[] = [];
  for (const hop of cycle.deals)
    for (const id of hop)
      if (model.replacements.has(id)) {
        const by = replacementOf(model.graph, model.replacements, analysis.drawnDeals, id);
        replaced.push(`${id}>${by?.id ?? ""}`);
      }
  const key = [
    model.getState().filters.view,
    cycle.nodes.join("\u001f"),
    cycle.deals.map((hop) => hop.join("\u001f")).join("\u001d"),
    both.announced.usd,
    both.announced.hop,
    both.committed.usd,
    both.committed.hop,
    replaced.join("\u001f"),
  ].join("\u001e");
  return { cycle, both, key };
}

/** Number a built row (its rank button and label). */
function setRank(card: HTMLElement, rank: number): void {
  const toggle = card.querySelector(".cycle-toggle");
  const info = cardInfo.get(card);
  if (!toggle || !info) return;
  const text = `#${rank}`;
  if (toggle.textContent === text) return;
  toggle.textContent = text;
  toggle.setAttribute("aria-label", `Loop ${rank}: ${info.tail}`);
}

function cycleCard(
  model: ViewModel,
  analysis: ViewAnalysis,
  { cycle, both, key }: CardSpec,
  rank: number,
): HTMLElement {
  const { graph } = model;
  const drawn = analysis.drawnDeals;
  const view = model.getState().filters.view;
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
  const tail = `${[...names, names[0]].join(" to ")}, bottleneck ${formatUsd(both.announced.usd)} announced, ${formatUsd(both.committed.usd)} committed`;
  const label = `Loop ${rank}: ${tail}`;
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
  const card = el(
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
  cardInfo.set(card, { key, tail });
  return card;
}

const SORTS: readonly { id: LoopSort; label: string }[] = [
  { id: "bottleneck", label: `${plainLabelText(PLAIN_LABELS.bottleneck)}, largest first` },
  { id: "length", label: "Length (shortest first)" },
  { id: "date", label: "Date (newest first)" },
];

/** The explorer's controls: entities on the loop, length, minimum bottleneck, sort. */
function mountLoopControls(model: ViewModel): {
  form: HTMLElement;
  update(facts: readonly LoopFacts[]): void;
} {
  const { graph } = model;
  const set = (patch: Partial<LoopQuery>) =>
    model.dispatch({ type: "setLoopQuery", query: { ...model.getState().loopQuery, ...patch } });
  const options = el("datalist", { attrs: { id: "loop-entity-options" } });
  let idByName = new Map<string, string>();
  const entityInput = el("input", {
    className: "loop-entity-input",
    attrs: {
      type: "text",
      list: "loop-entity-options",
      id: "loop-entity-input",
      placeholder: "Add an entity…",
      autocomplete: "off",
    },
  });
  const addEntity = () => {
    const typed = entityInput.value.trim();
    const id = idByName.get(typed.toLowerCase());
    if (id === undefined) return;
    entityInput.value = "";
    const { entities } = model.getState().loopQuery;
    if (!entities.includes(id)) set({ entities: [...entities, id] });
  };
  entityInput.addEventListener("change", addEntity);
  entityInput.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      addEntity();
    }
  });
  const chips = el("ul", { className: "loop-entity-chips", attrs: { "aria-label": "Through" } });
  const lengthSelect = (id: string, label: string, key: "minLength" | "maxLength") => {
    const select = el("select", { attrs: { id } });
    select.addEventListener("change", () =>
      set({ [key]: select.value === "" ? null : Number(select.value) }),
    );
    return { select, label: el("label", { text: label, attrs: { for: id } }) };
  };
  const minLength = lengthSelect("loop-min-length", "Hops from", "minLength");
  const maxLength = lengthSelect("loop-max-length", "to", "maxLength");
  const minBottleneck = el("input", {
    attrs: { type: "number", id: "loop-min-bottleneck", min: 0, step: "any", inputmode: "decimal" },
  });
  minBottleneck.addEventListener("change", () => {
    const millions = Number(minBottleneck.value);
    set({ minBottleneckUsd: Number.isFinite(millions) && millions > 0 ? millions * 1e6 : 0 });
  });
  const view = el(
    "select",
    { attrs: { id: "loop-bottleneck-view", "aria-label": "Bottleneck view" } },
    [
      el("option", { text: "announced", attrs: { value: "announced" } }),
      el("option", { text: "committed", attrs: { value: "committed" } }),
    ],
  );
  view.addEventListener("change", () =>
    set({ bottleneckView: view.value === "committed" ? "committed" : "announced" }),
  );
  const sort = el(
    "select",
    { attrs: { id: "loop-sort" } },
    SORTS.map((s) => el("option", { text: s.label, attrs: { value: s.id } })),
  );
  sort.addEventListener("change", () =>
    set({ sort: SORTS.find((s) => s.id === sort.value)?.id ?? "bottleneck" }),
  );
  const clear = el("button", {
    className: "link-button loop-clear",
    text: "Clear filters",
    attrs: { type: "button" },
    on: {
      click: () =>
        set({
          entities: [],
          minLength: null,
          maxLength: null,
          minBottleneckUsd: 0,
        }),
    },
  });
  const form = el(
    "div",
    { className: "loop-controls", attrs: { role: "group", "aria-label": "Filter and sort loops" } },
    [
      el("div", { className: "loop-control" }, [
        el("label", { text: "Through", attrs: { for: "loop-entity-input" } }),
        entityInput,
        options,
        chips,
      ]),
      el("div", { className: "loop-control" }, [
        minLength.label,
        minLength.select,
        maxLength.label,
        maxLength.select,
      ]),
      el("div", { className: "loop-control" }, [
        el("label", { attrs: { for: "loop-min-bottleneck" } }, [
          plainLabel(PLAIN_LABELS.bottleneck),
          " at least ($M)",
        ]),
        minBottleneck,
        view,
      ]),
      el("div", { className: "loop-control" }, [
        el("label", { text: "Sort by", attrs: { for: "loop-sort" } }),
        sort,
        clear,
      ]),
    ],
  );
  let lengths: number[] = [];
  let shownNames: string | null = null;
  function update(facts: readonly LoopFacts[]): void {
    const query = model.getState().loopQuery;
    const onLoops = new Set<string>();
    const found = new Set<number>();
    for (const loop of facts) {
      found.add(loop.nodes.length);
      for (const id of loop.nodes) onLoops.add(id);
    }
    const names = [...onLoops]
      .map((id) => ({ id, name: entityName(graph, id) }))
      .sort((a, b) => a.name.localeCompare(b.name));
    idByName = new Map();
    for (const { id, name } of names) {
      idByName.set(name.toLowerCase(), id);
      idByName.set(id.toLowerCase(), id);
    }
    // A datalist re-indexes its suggestions on every change: only when the entities change.
    const namesKey = names.map(({ id }) => id).join("\u001f");
    if (namesKey !== shownNames) {
      shownNames = namesKey;
      options.replaceChildren(...names.map(({ name }) => el("option", { attrs: { value: name } })));
    }
    const nextLengths = [...found].sort((a, b) => a - b);
    if (nextLengths.join() !== lengths.join()) {
      lengths = nextLengths;
      for (const { select } of [minLength, maxLength])
        select.replaceChildren(
          el("option", { text: "any", attrs: { value: "" } }),
          ...lengths.map((n) => el("option", { text: String(n), attrs: { value: n } })),
        );
    }
    minLength.select.value = query.minLength === null ? "" : String(query.minLength);
    maxLength.select.value = query.maxLength === null ? "" : String(query.maxLength);
    const millions = query.minBottleneckUsd / 1e6;
    if (Number(minBottleneck.value || 0) !== millions)
      minBottleneck.value = millions > 0 ? String(millions) : "";
    view.value = query.bottleneckView;
    sort.value = query.sort;
    clear.hidden = !isFiltering(query);
    chips.replaceChildren(
      ...query.entities.map((id) =>
        el("li", { className: "loop-entity-chip" }, [
          el("span", { text: entityName(graph, id) }),
          el("button", {
            className: "icon-button",
            text: "×",
            attrs: { type: "button", "aria-label": `Remove ${entityName(graph, id)}` },
            on: {
              click: () => {
                set({ entities: model.getState().loopQuery.entities.filter((e) => e !== id) });
                entityInput.focus();
              },
            },
          }),
        ]),
      ),
    );
  }
  return { form, update };
}

export function mountCyclesPanel(container: HTMLElement, model: ViewModel): () => void {
  const heading = el("div", { className: "panel-heading" });
  const controls = mountLoopControls(model);
  const status = el("p", {
    className: "panel-note loop-count",
    attrs: { role: "status", "aria-live": "polite" },
  });
  const list = el("tbody");
  const table = el("table", { className: "cycle-list" }, [
    el("caption", { className: "visually-hidden", text: "Loops" }),
    el("colgroup", {}, [
      el("col", { className: "col-rank" }),
      el("col", {}),
      el("col", { className: "col-bottleneck" }),
    ]),
    el("thead", { className: "visually-hidden" }, [
      el("tr", {}, [
        el("th", { text: "Rank", attrs: { scope: "col" } }),
        el("th", { text: "Loop and the deals on each hop", attrs: { scope: "col" } }),
        el("th", { text: plainLabelText(PLAIN_LABELS.bottleneck), attrs: { scope: "col" } }),
      ]),
    ]),
    list,
  ]);
  const more = el("button", {
    className: "show-more-loops",
    attrs: { type: "button" },
    on: {
      click: () => {
        limit += CYCLE_PAGE;
        const first = cards.length;
        append(Math.min(limit, first + FIRST_CARDS));
        updateMore();
        // Keyboard users land on the first new row.
        cards[first]?.querySelector<HTMLElement>(".cycle-toggle")?.focus();
      },
    },
  });
  container.replaceChildren(heading, controls.form, status, table, more);
  let cards: HTMLElement[] = [];
  /**
   * Rows of the last render that the new one shows again (by cardSpec's key), not yet in place:
   * a filter change or a timeline step rebuilds only the rows that changed.
   */
  let keptRows = new Map<string, HTMLElement>();
  /** The first page's loops as cards show them, by the loop's index in the engine's list. */
  let specs = new Map<number, CardSpec>();
  let facts: LoopFacts[] = [];
  let shown: readonly LoopFacts[] = [];
  let limit = CYCLE_PAGE;
  let current = model.getAnalysis();
  let cancelSlice = () => {};

  function updateMore(): void {
    const left = shown.length - limit;
    more.hidden = left <= 0;
    more.textContent = `Show ${Math.min(CYCLE_PAGE, Math.max(left, 0))} more (${shown.length - Math.min(limit, shown.length)} not shown)`;
  }

  /** Build the rows up to `end` (within the page limit); the rest follow in idle slices. */
  function append(end: number): void {
    cancelSlice();
    const start = cards.length;
    const stop = Math.min(end, limit, shown.length);
    const added = shown.slice(start, stop).map((loop) => {
      const spec =
        specs.get(loop.rank) ?? cardSpec(model, current, current.cycles.cycles[loop.rank]!);
      const kept = keptRows.get(spec.key);
      if (kept === undefined) return cycleCard(model, current, spec, loop.rank + 1);
      keptRows.delete(spec.key);
      setRank(kept, loop.rank + 1);
      return kept;
    });
    // Rows kept from the last render may sit further down: each goes to its place.
    for (const [k, card] of added.entries()) {
      const at = list.children[start + k] ?? null;
      if (at !== card) list.insertBefore(card, at);
    }
    cards.push(...added);
    markCards(added);
    if (cards.length < Math.min(limit, shown.length)) {
      cancelSlice = scheduleIdle(() => append(cards.length + CARDS_PER_SLICE));
    } else performance.mark("roundtrip:cycles-built");
  }

  /** The rows up to the focused loop (from a link or another panel) exist at once. */
  function buildToFocused(): void {
    const focused = model.getState().focusedCycle;
    if (focused === null) return;
    const index = shown.findIndex((loop) => sameCycle(loop.nodes, focused));
    if (index >= limit) {
      limit = Math.ceil((index + 1) / CYCLE_PAGE) * CYCLE_PAGE;
      updateMore();
    }
    if (index >= cards.length) append(index + 1);
  }

  function render(analysis: ViewAnalysis, recount: boolean): void {
    cancelSlice();
    const { cycles, truncated } = analysis.cycles;
    current = analysis;
    if (recount) facts = loopFactsOf(model.graph, analysis);
    const query = model.getState().loopQuery;
    shown = filterLoops(facts, query);
    limit = CYCLE_PAGE;
    controls.update(facts);
    const filtering = isFiltering(query);
    replaceChildren(heading, [
      el("h2", { text: "Loops" }),
      el("p", {
        className: "panel-note",
        text:
          cycles.length === 0
            ? "No loops under these filters: money flows one way."
            : `${plural(cycles.length, "loop")}${truncated ? " (bounded search)" : ""}; a loop's bottleneck is the most money that can go all the way round.`,
      }),
    ]);
    status.textContent =
      cycles.length === 0
        ? ""
        : filtering
          ? `${plural(shown.length, "loop")} match of ${cycles.length}.`
          : `All ${plural(shown.length, "loop")}, sorted by ${query.sort}.`;
    status.dataset.count = String(shown.length);
    // The rows of the last render that the first page shows again stay (renumbered at once);
    // the others go.
    specs = new Map();
    const ranks = new Map<string, number>();
    for (const loop of shown.slice(0, limit)) {
      const spec = cardSpec(model, analysis, cycles[loop.rank]!);
      specs.set(loop.rank, spec);
      ranks.set(spec.key, loop.rank + 1);
    }
    // Every row in the list: the last render's rows may not all be in place yet.
    const rows = [...list.children] as HTMLElement[];
    keptRows = new Map();
    for (const card of rows) {
      const key = cardInfo.get(card)?.key;
      const rank = key === undefined ? undefined : ranks.get(key);
      if (key === undefined || rank === undefined) continue;
      keptRows.set(key, card);
      setRank(card, rank);
    }
    if (keptRows.size === 0) list.replaceChildren();
    else for (const card of rows) if (!keptRows.has(cardInfo.get(card)?.key ?? "")) card.remove();
    cards = [];
    updateMore();
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

  render(model.getAnalysis(), true);
  // Rows are built while the Loops tab is shown (or on its next showing): a filter change made
  // from another tab does not rebuild a hidden table (it was most of the change's work).
  let stale: "recount" | "query" | null = null;
  const unsubscribe = model.subscribe((state, analysis, previous) => {
    const recount = state.filters !== previous.filters || state.asOf !== previous.asOf;
    if (recount || (stale === null && state.loopQuery !== previous.loopQuery)) {
      stale = recount ? "recount" : (stale ?? "query");
    }
    if (state.tab !== "cycles") {
      if (stale !== null) cancelSlice();
      return;
    }
    if (stale !== null) {
      const recountNow = stale === "recount";
      stale = null;
      render(analysis, recountNow);
    } else if (previous.tab !== "cycles" || !sameCycle(state.focusedCycle, previous.focusedCycle)) {
      // A loop focused or let go while the tab was hidden is marked when it shows.
      buildToFocused();
      markCards(cards);
    }
  });
  return () => {
    unsubscribe();
    cancelSlice();
  };
}
