// The permalink: filters, date, selection, focused loop, ego view, panel tab and theme in the URL hash,
// and back. Decoding treats the hash as untrusted input: unknown values are dropped. Filters and
// date are keyed and read as the one table of inclusion options says (INCLUSION_FIELDS).

import {
  formatInclusionValue,
  INCLUSION_FIELDS,
  normalizeDate,
  parseInclusionValue,
} from "@engine";
import { SOURCE_TIER_FILTERS } from "./source-tier-scope.js";
import { decodeScenario, encodeScenario } from "./stress-panel/scenario-state.js";
import {
  FILTER_DEFAULTS,
  type Filters,
  SIDEBAR_TABS,
  VIEW_STATE_DEFAULTS,
  type ViewState,
} from "./view-state.js";

/** The part of the view state a link carries. */
export type SharedViewState = Pick<
  ViewState,
  "filters" | "asOf" | "selection" | "focusedCycle" | "egoEntity" | "theme" | "scenario" | "tab"
>;

type OptionValue = string | number | boolean | null | readonly string[];

function sameValue(a: OptionValue, b: OptionValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((value, i) => value === b[i]);
  }
  return a === b;
}

/** The inclusion options a link carries, with their defaults: the filters and the date. */
const LINK_DEFAULTS: Readonly<Record<string, OptionValue>> = { ...FILTER_DEFAULTS, asOf: null };
const LINKED_FIELDS = INCLUSION_FIELDS.filter((field) => field.name in LINK_DEFAULTS);

/** Keys of links made before the table of options spelled them as the API does. */
const LEGACY_KEYS: Readonly<Record<string, string>> = {
  minAmountUsd: "min",
  backstopsCalled: "called",
};

/** `types=equity,loan&asOf=2025-01-01&entity=nvidia&cycle=a&cycle=b`, defaults left out. */
export function encodeViewState(state: SharedViewState): string {
  const params = new URLSearchParams();
  const values: Record<string, OptionValue> = { ...state.filters, asOf: state.asOf };
  for (const { name } of LINKED_FIELDS) {
    const value = values[name];
    if (value !== undefined && value !== null && !sameValue(value, LINK_DEFAULTS[name]!)) {
      params.set(name, formatInclusionValue(value));
    }
  }
  if (!sameValue(state.filters.sourceTiers, FILTER_DEFAULTS.sourceTiers)) {
    params.set("tiers", state.filters.sourceTiers.join(","));
  }
  if (state.selection) params.set(state.selection.kind, state.selection.id);
  for (const id of state.focusedCycle ?? []) params.append("cycle", id);
  if (state.egoEntity !== null) params.set("ego", state.egoEntity);
  if (state.theme !== VIEW_STATE_DEFAULTS.theme) params.set("theme", state.theme);
  if (state.tab !== VIEW_STATE_DEFAULTS.tab) params.set("tab", state.tab);
  encodeScenario(params, state.scenario ?? null);
  return params.toString();
}

/** The filters and date of a link; a bad value keeps the default, unknown list items are dropped. */
function decodeOptions(params: URLSearchParams): { filters: Filters; asOf: string | null } {
  const values: Record<string, OptionValue> = { ...LINK_DEFAULTS };
  for (const field of LINKED_FIELDS) {
    const legacy = LEGACY_KEYS[field.name];
    const raw = params.get(field.name) ?? (legacy === undefined ? null : params.get(legacy));
    if (raw === null) continue;
    const text =
      field.kind === "list"
        ? raw
            .split(",")
            .filter((item) => field.values?.includes(item))
            .join(",")
        : raw;
    const parsed = parseInclusionValue(field, text);
    if (parsed.ok) values[field.name] = parsed.value;
  }
  const { asOf, ...filters } = values;
  return {
    filters: filters as unknown as Filters,
    asOf: typeof asOf === "string" ? normalizeDate(asOf) : null,
  };
}

/** Read a hash (with or without "#") onto the defaults of `base`. */
export function decodeViewState(hash: string, base: ViewState = VIEW_STATE_DEFAULTS): ViewState {
  const params = new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash);
  const options = decodeOptions(params);
  const tiers = params.get("tiers");
  const filters: Filters = {
    ...options.filters,
    // Not an inclusion option: which deals the viewer keeps by their best source's tier.
    sourceTiers:
      tiers === null
        ? FILTER_DEFAULTS.sourceTiers
        : SOURCE_TIER_FILTERS.filter((tier) => tiers.split(",").includes(tier)),
  };
  const { asOf } = options;
  const entity = params.get("entity");
  const deal = params.get("deal");
  const cycle = params.getAll("cycle");
  const theme = params.get("theme");
  const tab = params.get("tab");
  const selection: ViewState["selection"] =
    entity !== null
      ? { kind: "entity", id: entity }
      : deal !== null
        ? { kind: "deal", id: deal }
        : null;
  return {
    ...base,
    filters,
    asOf,
    selection,
    focusedCycle: cycle.length > 0 ? cycle : null,
    // A link to a selection, a loop or a panel opens the panels (a drawer or sheet on small
    // screens), as choosing one does; nothing closes them.
    drawerOpen: base.drawerOpen || selection !== null || cycle.length > 0 || tab !== null,
    egoEntity: params.get("ego"),
    theme: theme === "light" || theme === "dark" ? theme : base.theme,
    // Absent is the default tab (not the current one): Back to a link without it opens the loops.
    tab: SIDEBAR_TABS.find((known) => known === tab) ?? VIEW_STATE_DEFAULTS.tab,
    scenario: decodeScenario(params),
  };
}
