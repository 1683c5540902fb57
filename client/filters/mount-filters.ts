// Filters: deal types, statuses, amount basis, best source tier, minimum amount and whether
// backstops are called.
// Each control dispatches a pure transition; every figure recomputes from it.

import { AMOUNT_BASES, DEAL_STATUSES, DEAL_TYPES } from "@engine";
import { countDealsByTier } from "../../server/dataset/count-deals-by-tier.js";
import { CURATED_PUBLISHERS } from "../../server/dataset/curated-publishers.js";
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

function checkbox(
  label: Node | string,
  checked: boolean,
  onChange: () => void,
  name: string,
): HTMLElement {
  const input = el("input", { attrs: { type: "checkbox", name, checked } });
  input.checked = checked;
  input.addEventListener("change", onChange);
  return el("label", { className: "check" }, [input, label]);
}

function fieldset(legend: string, children: HTMLElement[]): HTMLElement {
  return el("fieldset", { className: "filter-group" }, [
    el("legend", { text: legend }),
    ...children,
  ]);
}

export function mountFilters(container: HTMLElement, model: ViewModel): () => void {
  const tierCounts = countDealsByTier(model.dataset.deals, CURATED_PUBLISHERS);
  function render(filters: Filters): void {
    const minIndex = Math.max(
      0,
      MIN_AMOUNT_STEPS.findIndex((step) => step >= filters.minAmountUsd),
    );
    const slider = el("input", {
      attrs: {
        type: "range",
        min: 0,
        max: MIN_AMOUNT_STEPS.length - 1,
        step: 1,
        value: minIndex,
        "aria-label": "Minimum deal amount",
        name: "minAmount",
      },
    });
    slider.value = String(minIndex);
    slider.addEventListener("input", () => {
      model.dispatch({
        type: "setMinAmount",
        minAmountUsd: MIN_AMOUNT_STEPS[Number(slider.value)] ?? 0,
      });
    });
    const changed = filters !== FILTER_DEFAULTS;
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
        DEAL_TYPES.map((type) =>
          checkbox(
            dealChip(type),
            filters.types.includes(type),
            () => model.dispatch({ type: "toggleDealType", dealType: type }),
            `type-${type}`,
          ),
        ),
      ),
      fieldset("Backstops", [
        checkbox(
          "Count backstops as called (cash moves guarantor → beneficiary)",
          filters.backstopsCalled,
          () =>
            model.dispatch({
              type: "setBackstopsCalled",
              called: !model.getState().filters.backstopsCalled,
            }),
          "backstopsCalled",
        ),
      ]),
      fieldset(
        "Status",
        DEAL_STATUSES.map((status) =>
          checkbox(
            formatLabel(status),
            filters.statuses.includes(status),
            () => model.dispatch({ type: "toggleStatus", status }),
            `status-${status}`,
          ),
        ),
      ),
      fieldset(
        "Amount basis",
        AMOUNT_BASES.map((basis) =>
          checkbox(
            formatLabel(basis),
            filters.basis.includes(basis),
            () => model.dispatch({ type: "toggleBasis", basis }),
            `basis-${basis}`,
          ),
        ),
      ),
      fieldset(
        "Best source",
        SOURCE_TIER_FILTERS.map((tier) =>
          checkbox(
            el("span", {}, [
              el("span", { className: `source-tier tier-${tier}`, text: tier }),
              ` ${tierCounts[tier]} deals`,
            ]),
            filters.sourceTiers.includes(tier),
            () => model.dispatch({ type: "toggleSourceTier", tier }),
            `tier-${tier}`,
          ),
        ),
      ),
      fieldset("Minimum amount", [
        el("div", { className: "range-row" }, [
          slider,
          el("output", {
            text: filters.minAmountUsd > 0 ? `≥ ${formatUsd(filters.minAmountUsd)}` : "Any",
          }),
        ]),
      ]),
      el("button", {
        className: "chip-button",
        text: "Reset filters",
        attrs: { type: "button", disabled: !changed },
        on: { click: () => model.dispatch({ type: "resetFilters" }) },
      }),
    ]);
  }
  render(model.getState().filters);
  return model.subscribe((state, _analysis, previous) => {
    if (state.filters === previous.filters) return;
    // Keep keyboard focus on the control that changed across the re-render.
    const active = document.activeElement;
    const name =
      active instanceof HTMLInputElement && container.contains(active) ? active.name : null;
    render(state.filters);
    if (name)
      container.querySelector<HTMLInputElement>(`input[name="${CSS.escape(name)}"]`)?.focus();
  });
}
