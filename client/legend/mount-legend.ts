// The legend: entity kinds and deal types present in the dataset (deal types double as toggles),
// solid (firm commitment) against dashed (a promise) amounts, how many deals have each best source
// tier (primary, major, secondary), and how size and width read.

import { DEAL_TYPES, ENTITY_KINDS } from "@engine";
import { CURATED_PUBLISHERS } from "../../server/dataset/curated-publishers.js";
import { el, replaceChildren } from "../dom.js";
import { formatLabel } from "../format.js";
import type { ViewModel } from "../view-model.js";
import { sourceTierSummary } from "./source-tier-summary.js";

export function mountLegend(container: HTMLElement, model: ViewModel): () => void {
  const kinds = ENTITY_KINDS.filter((kind) => model.dataset.entities.some((e) => e.kind === kind));
  const types = DEAL_TYPES.filter((type) => model.dataset.deals.some((d) => d.type === type));
  const sourceTiers = sourceTierSummary(model.dataset.deals, CURATED_PUBLISHERS);
  const toggle = el("button", {
    className: "legend-toggle",
    text: "Legend",
    attrs: { type: "button", "aria-controls": "legend-body" },
  });
  const body = el("div", { className: "legend-body", attrs: { id: "legend-body" } });
  // Small screens start with the legend folded so it does not cover the network.
  body.hidden = window.innerWidth < 1600;
  toggle.setAttribute("aria-expanded", String(!body.hidden));
  toggle.addEventListener("click", () => {
    body.hidden = !body.hidden;
    toggle.setAttribute("aria-expanded", String(!body.hidden));
  });
  container.replaceChildren(toggle, body);

  function render(): void {
    const shown = model.getState().filters.types;
    replaceChildren(body, [
      el("div", { className: "legend-section" }, [
        el("h3", { text: "Entities" }),
        el(
          "ul",
          {},
          kinds.map((kind) =>
            el("li", {}, [
              el("span", { className: `kind-dot kind-${kind}`, attrs: { "aria-hidden": "true" } }),
              formatLabel(kind),
            ]),
          ),
        ),
      ]),
      el("div", { className: "legend-section" }, [
        el("h3", { text: "Deals" }),
        el(
          "ul",
          {},
          types.map((type) =>
            el("li", {}, [
              el(
                "button",
                {
                  className: "legend-type",
                  attrs: {
                    type: "button",
                    "aria-pressed": String(shown.includes(type)),
                    title: shown.includes(type)
                      ? `Hide ${formatLabel(type)} deals`
                      : `Show ${formatLabel(type)} deals`,
                  },
                  on: { click: () => model.dispatch({ type: "toggleDealType", dealType: type }) },
                },
                [
                  el("span", { className: `line type-${type}`, attrs: { "aria-hidden": "true" } }),
                  formatLabel(type),
                ],
              ),
            ]),
          ),
        ),
      ]),
      el("div", { className: "legend-section" }, [
        el("h3", { text: "Amounts" }),
        el("ul", { className: "legend-amounts" }, [
          el("li", {}, [
            el("span", { className: "line line-firm", attrs: { "aria-hidden": "true" } }),
            "Solid: firm commitment",
          ]),
          el("li", { attrs: { title: "Not in the committed view" } }, [
            el("span", { className: "line line-promise", attrs: { "aria-hidden": "true" } }),
            "Dashed: headline, estimate, conditional or unsigned",
          ]),
        ]),
      ]),
      el("div", { className: "legend-section legend-sources" }, [
        el("h3", { text: "Best source per deal" }),
        el(
          "ul",
          {},
          sourceTiers.tiers.map(({ tier, count }) =>
            el("li", {}, [
              el("span", { className: `source-tier tier-${tier}`, text: tier }),
              String(count),
            ]),
          ),
        ),
        sourceTiers.note ? el("p", { className: "legend-note", text: sourceTiers.note }) : null,
      ]),
      el("p", {
        className: "legend-note",
        text: "Node size: money in + out. Arrow width: amount (log); thinnest: $100M or less, or amount undisclosed. Backstops are thin and dashed: contingent, not cash.",
      }),
    ]);
  }
  render();
  return model.subscribe((state, _analysis, previous) => {
    if (state.filters.types !== previous.filters.types) render();
  });
}
