// The always-visible badge over the network when anything narrows (or widens) what is counted:
// "Filters on: committed, as of 31 Mar 2025 — Reset". Hidden at the defaults.

import { el, replaceChildren } from "../dom.js";
import type { ViewModel } from "../view-model.js";
import type { ViewState } from "../view-state.js";
import { activeFilters } from "./active-filters.js";

export function mountFilterBadge(container: HTMLElement, model: ViewModel): () => void {
  container.setAttribute("role", "status");
  function render(state: ViewState): void {
    const labels = activeFilters(state);
    container.hidden = labels.length === 0;
    replaceChildren(
      container,
      labels.length === 0
        ? []
        : [
            el("span", { className: "filter-badge-text" }, [
              el("strong", { text: "Filters on: " }),
              labels.join(", "),
            ]),
            el("button", {
              className: "link-button filter-reset",
              text: "Reset",
              attrs: { type: "button", "aria-label": "Reset every filter, the view and the date" },
              on: { click: () => model.dispatch({ type: "resetCounting" }) },
            }),
          ],
    );
  }
  render(model.getState());
  return model.subscribe((state, _analysis, previous) => {
    if (state.filters !== previous.filters || state.asOf !== previous.asOf) render(state);
  });
}
