// The permalink: filters, date, selection, focused loop, ego view and theme in the URL hash,
// and back. Decoding treats the hash as untrusted input: unknown values are dropped.

import { AMOUNT_BASES, DEAL_STATUSES, DEAL_TYPES, normalizeDate } from "@engine";
import { SOURCE_TIER_FILTERS } from "./source-tier-scope.js";
import {
  FILTER_DEFAULTS,
  type Filters,
  VIEW_STATE_DEFAULTS,
  type ViewState,
} from "./view-state.js";

/** The part of the view state a link carries. */
export type SharedViewState = Pick<
  ViewState,
  "filters" | "asOf" | "selection" | "focusedCycle" | "egoEntity" | "theme"
>;

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** `types=equity,loan&asOf=2025-01-01&entity=nvidia&cycle=a&cycle=b`, defaults left out. */
export function encodeViewState(state: SharedViewState): string {
  const params = new URLSearchParams();
  const { filters } = state;
  if (!sameList(filters.types, FILTER_DEFAULTS.types)) params.set("types", filters.types.join(","));
  if (!sameList(filters.statuses, FILTER_DEFAULTS.statuses))
    params.set("statuses", filters.statuses.join(","));
  if (!sameList(filters.basis, FILTER_DEFAULTS.basis)) params.set("basis", filters.basis.join(","));
  if (filters.minAmountUsd > 0) params.set("min", String(filters.minAmountUsd));
  if (filters.backstopsCalled) params.set("called", "1");
  if (!sameList(filters.sourceTiers, FILTER_DEFAULTS.sourceTiers))
    params.set("tiers", filters.sourceTiers.join(","));
  if (state.asOf !== null) params.set("asOf", state.asOf);
  if (state.selection) params.set(state.selection.kind, state.selection.id);
  for (const id of state.focusedCycle ?? []) params.append("cycle", id);
  if (state.egoEntity !== null) params.set("ego", state.egoEntity);
  if (state.theme !== VIEW_STATE_DEFAULTS.theme) params.set("theme", state.theme);
  return params.toString();
}

function decodeList<T extends string>(
  value: string | null,
  known: readonly T[],
  fallback: readonly T[],
): readonly T[] {
  if (value === null) return fallback;
  const wanted = new Set(value.split(","));
  return known.filter((item) => wanted.has(item));
}

/** Read a hash (with or without "#") onto the defaults of `base`. */
export function decodeViewState(hash: string, base: ViewState = VIEW_STATE_DEFAULTS): ViewState {
  const params = new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash);
  const min = Number(params.get("min") ?? "0");
  const filters: Filters = {
    types: decodeList(params.get("types"), DEAL_TYPES, FILTER_DEFAULTS.types),
    statuses: decodeList(params.get("statuses"), DEAL_STATUSES, FILTER_DEFAULTS.statuses),
    basis: decodeList(params.get("basis"), AMOUNT_BASES, FILTER_DEFAULTS.basis),
    minAmountUsd: Number.isFinite(min) && min > 0 ? min : 0,
    backstopsCalled: params.get("called") === "1",
    sourceTiers: decodeList(params.get("tiers"), SOURCE_TIER_FILTERS, FILTER_DEFAULTS.sourceTiers),
  };
  const asOfRaw = params.get("asOf");
  const asOf = asOfRaw === null ? null : normalizeDate(asOfRaw);
  const entity = params.get("entity");
  const deal = params.get("deal");
  const cycle = params.getAll("cycle");
  const theme = params.get("theme");
  return {
    ...base,
    filters,
    asOf,
    selection:
      entity !== null
        ? { kind: "entity", id: entity }
        : deal !== null
          ? { kind: "deal", id: deal }
          : null,
    focusedCycle: cycle.length > 0 ? cycle : null,
    egoEntity: params.get("ego"),
    theme: theme === "light" || theme === "dark" ? theme : base.theme,
  };
}
