// What narrows (or widens) the deals counted, in words for the always-visible badge: the view,
// deal types, statuses, bases, a minimum amount, called backstops, superseded deals counted, source tiers and the date. Empty at defaults.

import { AMOUNT_BASES, DEAL_STATUSES, DEAL_TYPES } from "@engine";
import { formatDate, formatLabel, formatUsd } from "../format.js";
import { keepsAllSourceTiers } from "../source-tier-scope.js";
import { FILTER_DEFAULTS, type ViewState } from "../view-state.js";

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** "without loan, warrant" for a few left out, "only equity" for a few kept. */
function listChange(
  noun: string,
  chosen: readonly string[],
  defaults: readonly string[],
  all: readonly string[],
): string | null {
  if (sameList(chosen, defaults)) return null;
  const added = chosen.filter((value) => !defaults.includes(value)).map(formatLabel);
  const removed = defaults.filter((value) => !chosen.includes(value)).map(formatLabel);
  if (chosen.length === 0) return `no ${noun}`;
  const parts: string[] = [];
  if (removed.length > 0) {
    parts.push(
      chosen.length <= removed.length && added.length === 0
        ? `only ${chosen.map(formatLabel).join(", ")}`
        : `without ${removed.join(", ")}`,
    );
  }
  if (added.length > 0 && added.length < all.length) parts.push(`with ${added.join(", ")}`);
  return parts.join(", ");
}

export function activeFilters(state: Pick<ViewState, "filters" | "asOf">): string[] {
  const { filters } = state;
  const labels: string[] = [];
  if (filters.view !== FILTER_DEFAULTS.view) labels.push(filters.view);
  const types = listChange("deal types", filters.types, FILTER_DEFAULTS.types, DEAL_TYPES);
  if (types) labels.push(types);
  const statuses = listChange(
    "statuses",
    filters.statuses,
    FILTER_DEFAULTS.statuses,
    DEAL_STATUSES,
  );
  if (statuses) labels.push(statuses);
  const basis = listChange("bases", filters.basis, FILTER_DEFAULTS.basis, AMOUNT_BASES);
  if (basis) labels.push(basis);
  if (filters.minAmountUsd > 0) labels.push(`at least ${formatUsd(filters.minAmountUsd)}`);
  if (filters.backstopsCalled) labels.push("backstops called");
  if (filters.includeSuperseded) labels.push("superseded deals counted");
  if (!keepsAllSourceTiers(filters.sourceTiers)) {
    labels.push(
      filters.sourceTiers.length === 0
        ? "no source tier"
        : `best source ${filters.sourceTiers.map(formatLabel).join(" or ")}`,
    );
  }
  if (state.asOf !== null) labels.push(`as of ${formatDate(state.asOf)}`);
  return labels;
}
