// The one typed ViewState of the viewer and its pure transitions: filters, time, selection,
// hover, focused loop, ego view, theme and panels. No DOM here; every change is an Action.

import {
  AMOUNT_BASES,
  type AmountBasis,
  DEAL_STATUSES,
  DEAL_TYPES,
  type DealStatus,
  type DealType,
  INCLUSION_DEFAULTS,
  VIEWS,
  type View,
} from "@engine";
import type { Theme } from "../shared/palette.js";
import { LOOP_QUERY_DEFAULTS, type LoopQuery } from "./cycles-panel/filter-loops.js";
import { SOURCE_TIER_FILTERS, type SourceTierFilter } from "./source-tier-scope.js";
import type { ViewScenario } from "./stress-panel/scenario-state.js";
import { PLAY_SPEEDS, type PlaySpeed } from "./timeline/time-axis.js";

export interface Filters {
  /** Which deals count: every announced amount, or the committed view's firm commitments. */
  view: View;
  /** Deal types drawn; backstops count as flows only when `backstopsCalled`. */
  types: readonly DealType[];
  statuses: readonly DealStatus[];
  basis: readonly AmountBasis[];
  minAmountUsd: number;
  backstopsCalled: boolean;
  /** Count superseded deals too (audits): SPEC §2's supersession rule off. */
  includeSuperseded: boolean;
  /** Deals kept by their best source's tier (primary, major, secondary, unrated). */
  sourceTiers: readonly SourceTierFilter[];
}

export type ItemRef = { kind: "entity"; id: string } | { kind: "deal"; id: string };

export const SIDEBAR_TABS = ["cycles", "exposure", "trend", "filters"] as const;
export type SidebarTab = (typeof SIDEBAR_TABS)[number];

export interface ViewState {
  filters: Filters;
  /** Deals dated on or before this day (YYYY-MM-DD); null for everything. */
  asOf: string | null;
  playing: boolean;
  /** Quarters of a year per second of play. */
  playSpeed: PlaySpeed;
  selection: ItemRef | null;
  hovered: ItemRef | null;
  /** A loop by its canonical node list; it survives filter changes while it still exists. */
  focusedCycle: readonly string[] | null;
  hoveredCycle: readonly string[] | null;
  egoEntity: string | null;
  theme: Theme;
  search: string;
  tab: SidebarTab;
  /** Narrow windows show the sidebar as a drawer. */
  drawerOpen: boolean;
  /** The what-if scenario (issue 13): entities colour by relative loss; null for none. */
  scenario: ViewScenario | null;
  /** The loops explorer's filters and order (the Loops tab). */
  loopQuery: LoopQuery;
}

export const FILTER_DEFAULTS: Readonly<Filters> = Object.freeze({
  view: "announced",
  types: Object.freeze([...DEAL_TYPES]),
  statuses: INCLUSION_DEFAULTS.statuses,
  basis: INCLUSION_DEFAULTS.basis,
  minAmountUsd: 0,
  backstopsCalled: false,
  includeSuperseded: INCLUSION_DEFAULTS.includeSuperseded,
  sourceTiers: SOURCE_TIER_FILTERS,
});

export const VIEW_STATE_DEFAULTS: Readonly<ViewState> = Object.freeze({
  filters: FILTER_DEFAULTS,
  asOf: null,
  playing: false,
  playSpeed: 1,
  selection: null,
  hovered: null,
  focusedCycle: null,
  hoveredCycle: null,
  egoEntity: null,
  theme: "dark",
  search: "",
  tab: "cycles",
  drawerOpen: false,
  scenario: null,
  loopQuery: LOOP_QUERY_DEFAULTS,
});

export type Action =
  | { type: "toggleDealType"; dealType: DealType }
  | { type: "toggleStatus"; status: DealStatus }
  | { type: "toggleBasis"; basis: AmountBasis }
  | { type: "setMinAmount"; minAmountUsd: number }
  | { type: "setBackstopsCalled"; called: boolean }
  | { type: "setIncludeSuperseded"; include: boolean }
  | { type: "toggleSourceTier"; tier: SourceTierFilter }
  | { type: "setView"; view: View }
  | { type: "resetFilters" }
  /** Every filter and the date back to their defaults (the badge's reset). */
  | { type: "resetCounting" }
  | { type: "setAsOf"; asOf: string | null }
  | { type: "setPlaying"; playing: boolean }
  | { type: "setPlaySpeed"; speed: number }
  | { type: "select"; item: ItemRef | null }
  | { type: "hover"; item: ItemRef | null }
  | { type: "focusCycle"; nodes: readonly string[] | null }
  | { type: "hoverCycle"; nodes: readonly string[] | null }
  | { type: "setEgo"; id: string | null }
  | { type: "setTheme"; theme: Theme }
  | { type: "setSearch"; search: string }
  | { type: "setTab"; tab: SidebarTab }
  | { type: "setDrawer"; open: boolean }
  | { type: "setScenario"; scenario: ViewScenario | null }
  | { type: "setLoopQuery"; query: LoopQuery }
  /** The Loops tab listing every loop through this entity (the entity panel's "all its loops"). */
  | { type: "showLoopsOf"; id: string }
  | { type: "escape" }
  | { type: "replace"; state: ViewState };

/** Toggle a member of a list, keeping the order of the reference list. */
export function toggleIn<T>(list: readonly T[], value: T, order: readonly T[]): readonly T[] {
  const set = new Set(list);
  if (set.has(value)) set.delete(value);
  else set.add(value);
  return order.filter((item) => set.has(item));
}

function withFilters(state: ViewState, filters: Partial<Filters>): ViewState {
  return { ...state, filters: { ...state.filters, ...filters } };
}

export function sameItem(a: ItemRef | null, b: ItemRef | null): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}

export function sameCycle(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.length !== b.length) return false;
  return a.every((id, i) => id === b[i]);
}

/** The next state; returns the same object when nothing changes, so subscribers can skip work. */
export function reduceViewState(state: ViewState, action: Action): ViewState {
  switch (action.type) {
    case "toggleDealType":
      return withFilters(state, {
        types: toggleIn(state.filters.types, action.dealType, DEAL_TYPES),
      });
    case "toggleStatus":
      return withFilters(state, {
        statuses: toggleIn(state.filters.statuses, action.status, DEAL_STATUSES),
      });
    case "toggleBasis":
      return withFilters(state, {
        basis: toggleIn(state.filters.basis, action.basis, AMOUNT_BASES),
      });
    case "setMinAmount": {
      const minAmountUsd = Number.isFinite(action.minAmountUsd)
        ? Math.max(0, action.minAmountUsd)
        : 0;
      return minAmountUsd === state.filters.minAmountUsd
        ? state
        : withFilters(state, { minAmountUsd });
    }
    case "setBackstopsCalled":
      return action.called === state.filters.backstopsCalled
        ? state
        : withFilters(state, { backstopsCalled: action.called });
    case "setIncludeSuperseded":
      return action.include === state.filters.includeSuperseded
        ? state
        : withFilters(state, { includeSuperseded: action.include });
    case "toggleSourceTier":
      return withFilters(state, {
        sourceTiers: toggleIn(state.filters.sourceTiers, action.tier, SOURCE_TIER_FILTERS),
      });
    case "setView":
      return action.view === state.filters.view || !VIEWS.includes(action.view)
        ? state
        : withFilters(state, { view: action.view });
    case "resetFilters":
      return { ...state, filters: FILTER_DEFAULTS };
    case "resetCounting":
      return state.filters === FILTER_DEFAULTS && state.asOf === null
        ? state
        : { ...state, filters: FILTER_DEFAULTS, asOf: null, playing: false };
    case "setAsOf":
      return action.asOf === state.asOf ? state : { ...state, asOf: action.asOf };
    case "setPlaying":
      return action.playing === state.playing ? state : { ...state, playing: action.playing };
    case "setPlaySpeed": {
      const speed = PLAY_SPEEDS.find((known) => known === action.speed);
      return speed === undefined || speed === state.playSpeed
        ? state
        : { ...state, playSpeed: speed };
    }
    case "select":
      if (sameItem(action.item, state.selection)) return state;
      return {
        ...state,
        selection: action.item,
        drawerOpen: action.item !== null || state.drawerOpen,
      };
    case "hover":
      return sameItem(action.item, state.hovered) ? state : { ...state, hovered: action.item };
    case "focusCycle":
      if (sameCycle(action.nodes, state.focusedCycle)) return state;
      return { ...state, focusedCycle: action.nodes, tab: action.nodes ? "cycles" : state.tab };
    case "hoverCycle":
      return sameCycle(action.nodes, state.hoveredCycle)
        ? state
        : { ...state, hoveredCycle: action.nodes };
    case "setEgo":
      return action.id === state.egoEntity ? state : { ...state, egoEntity: action.id };
    case "setTheme":
      return action.theme === state.theme ? state : { ...state, theme: action.theme };
    case "setSearch":
      return action.search === state.search ? state : { ...state, search: action.search };
    case "setTab":
      return action.tab === state.tab ? state : { ...state, tab: action.tab };
    case "setDrawer":
      return action.open === state.drawerOpen ? state : { ...state, drawerOpen: action.open };
    case "setScenario":
      return action.scenario === state.scenario ? state : { ...state, scenario: action.scenario };
    case "setLoopQuery":
      return action.query === state.loopQuery ? state : { ...state, loopQuery: action.query };
    case "showLoopsOf":
      return {
        ...state,
        selection: null,
        tab: "cycles",
        loopQuery: { ...state.loopQuery, entities: [action.id] },
      };
    case "escape":
      // Peel one layer at a time: selection, then focused loop, then ego view.
      if (state.selection) return { ...state, selection: null };
      if (state.focusedCycle) return { ...state, focusedCycle: null };
      if (state.egoEntity) return { ...state, egoEntity: null };
      return state;
    case "replace":
      return action.state;
  }
}
