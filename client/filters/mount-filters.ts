// Filters: deal types, statuses, whether superseded deals count, amount basis, best source tier,
// minimum amount and whether backstops are called.
// Each control dispatches a pure transition; every figure recomputes from it.

import { AMOUNT_BASES, DEAL_STATUSES, DEAL_TYPES } from "@engine";
import { CURATED_PUBLISHERS } from "../../server/dataset/curated-publishers.js";
import { countDealsByTierOnce } from "../count-deals-by-tier-once.js";
import { dealChip } from "../deal-panel/deal-chip.js";
import { el, replaceChildren } from "../dom.js";
import { formatLabel, formatUsd } from "../format.js";
import { SOURCE_TIER_FILTERS } from "../source-tier-scope.js";
import type { ViewModel } from "../view-model.js";
import { FILTER_DEFAULTS, type Filters } from "../view-state.js";

/** Steps of the minimum-amount slider. */
export const MIN_AMOUNT_STEPS: readonly number[] = [
  0, 1e8, 5e8, 1e9, 5e9, 1e10, 2.5e10, 5e10, 1e11,
];

interface Check {
  input: HTMLInputElement;
  label: HTMLElement;
}

function checkbox(label: Node | string, onChange: () => void, name: string): Check {
  const input = el("input", { attrs: { type: "checkbox", name } });
  input.addEventListener("change", onChange);
  return { input, label: el("label", { className: "check" }, [input, label]) };
}

function fieldset(legend: string, children: HTMLElement[]): HTMLElement {
  return el("fieldset", { className: "filter-group" }, [
    el("legend", { text: legend }),
    ...children,
  ]);
}

export function mountFilters(container: HTMLElement, model: ViewModel): () => void {
  const tierCounts = countDealsByTierOnce(model.dataset.deals, CURATED_PUBLISHERS);
  const dispatch = model.dispatch;
  const filters = () => model.getState().filters;
  // The controls are built once and follow the filters in place: rebuilding the panel on every
  // change (and moving focus back) cost a style and layout pass per change.
  const types = DEAL_TYPES.map((type) => ({
    on: (f: Filters) => f.types.includes(type),
    ...checkbox(
      dealChip(type),
      () => dispatch({ type: "toggleDealType", dealType: type }),
      `type-${type}`,
    ),
  }));
  const backstops = {
    on: (f: Filters) => f.backstopsCalled,
    ...checkbox(
      "Count backstops as called (cash moves guarantor → beneficiary)",
      () => dispatch({ type: "setBackstopsCalled", called: !filters().backstopsCalled }),
      "backstopsCalled",
    ),
  };
  const superseded = {
    on: (f: Filters) => f.includeSuperseded,
    ...checkbox(
      "Count superseded deals too",
      () => dispatch({ type: "setIncludeSuperseded", include: !filters().includeSuperseded }),
      "includeSuperseded",
    ),
  };
  const statuses = DEAL_STATUSES.map((status) => ({
    on: (f: Filters) => f.statuses.includes(status),
    ...checkbox(
      formatLabel(status),
      () => dispatch({ type: "toggleStatus", status }),
      `status-${status}`,
    ),
  }));
  const bases = AMOUNT_BASES.map((basis) => ({
    on: (f: Filters) => f.basis.includes(basis),
    ...checkbox(
      formatLabel(basis),
      () => dispatch({ type: "toggleBasis", basis }),
      `basis-${basis}`,
    ),
  }));
  const tiers = SOURCE_TIER_FILTERS.map((tier) => ({
    on: (f: Filters) => f.sourceTiers.includes(tier),
    ...checkbox(
      el("span", {}, [
        el("span", { className: `source-tier tier-${tier}`, text: tier }),
        ` ${tierCounts[tier]} deals`,
      ]),
      () => dispatch({ type: "toggleSourceTier", tier }),
      `tier-${tier}`,
    ),
  }));
  const checks = [...types, backstops, superseded, ...statuses, ...bases, ...tiers];
  const slider = el("input", {
    attrs: {
      type: "range",
      min: 0,
      max: MIN_AMOUNT_STEPS.length - 1,
      step: 1,
      "aria-label": "Minimum deal amount",
      name: "minAmount",
    },
  });
  slider.addEventListener("input", () => {
    dispatch({ type: "setMinAmount", minAmountUsd: MIN_AMOUNT_STEPS[Number(slider.value)] ?? 0 });
  });
  const minOutput = el("output");
  const reset = el("button", {
    className: "chip-button",
    text: "Reset filters",
    attrs: { type: "button" },
    on: { click: () => dispatch({ type: "resetFilters" }) },
  });
  replaceChildren(container, [
    el("div", { className: "panel-heading" }, [
      el("h2", { text: "Filters" }),
      el("p", {
        className: "panel-note",
        text: "Which deals are drawn and counted. Every figure recomputes instantly.",
      }),
    ]),
    fieldset(
      "Deal types",
      types.map((check) => check.label),
    ),
    fieldset("Backstops", [backstops.label]),
    fieldset(
      "Status",
      statuses.map((check) => check.label),
    ),
    fieldset("Superseded deals", [
      superseded.label,
      el("p", {
        className: "muted filter-hint",
        text: "By default a deal replaced by a counted one (an amended offer, a letter of intent and the stake that followed it) is left out, so it is not counted twice.",
      }),
    ]),
    fieldset(
      "Amount basis",
      bases.map((check) => check.label),
    ),
    fieldset(
      "Best source",
      tiers.map((check) => check.label),
    ),
    fieldset("Minimum amount", [el("div", { className: "range-row" }, [slider, minOutput])]),
    reset,
  ]);
  function update(current: Filters): void {
    for (const check of checks) check.input.checked = check.on(current);
    const minIndex = Math.max(
      0,
      MIN_AMOUNT_STEPS.findIndex((step) => step >= current.minAmountUsd),
    );
    slider.value = String(minIndex);
    minOutput.textContent =
      current.minAmountUsd > 0 ? `≥ ${formatUsd(current.minAmountUsd)}` : "Any";
    reset.disabled = current === FILTER_DEFAULTS;
  }
  update(filters());
  return model.subscribe((state, _analysis, previous) => {
    if (state.filters !== previous.filters) update(state.filters);
  });
}
