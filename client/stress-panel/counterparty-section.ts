// The entity panel's counterparty exposure: "exposed to" (what this entity stands to lose if each
// counterparty cannot pay) and "exposed to it" (who loses if it cannot pay), in dollars with the
// contingent part apart and the ratios to revenue and book equity when financials exist.

import { computeCounterpartyExposure } from "@engine";
import { inclusionFor } from "../analyze-view.js";
import { el } from "../dom.js";
import { formatShare, formatUsd } from "../format.js";
import { entityName } from "../names.js";
import type { ViewModel } from "../view-model.js";
import { counterpartyLists, type ExposureLine } from "./counterparty-lists.js";

/** Networks up to this size compute the lists at once; larger ones when the section is opened. */
const EAGER_ENTITIES = 500;

function exposureTable(model: ViewModel, lines: readonly ExposureLine[], caption: string) {
  if (lines.length === 0) return el("p", { className: "muted", text: "None." });
  const ratio = (value: number | null) => (value === null ? "—" : formatShare(value));
  return el("table", { className: "deal-table exposure-lines" }, [
    el("caption", { className: "visually-hidden", text: caption }),
    el("thead", {}, [
      el("tr", {}, [
        el("th", { text: "Entity", attrs: { scope: "col" } }),
        el("th", { text: "Amount", attrs: { scope: "col", class: "num" } }),
        el("th", { text: "Contingent", attrs: { scope: "col", class: "num" } }),
        el("th", { text: "/ revenue", attrs: { scope: "col", class: "num" } }),
        el("th", { text: "/ equity", attrs: { scope: "col", class: "num" } }),
      ]),
    ]),
    el(
      "tbody",
      {},
      lines.map((line) =>
        el("tr", { attrs: { title: `Deals: ${line.deals.join(", ")}` } }, [
          el("td", {}, [
            el("button", {
              className: "link-button",
              text: entityName(model.graph, line.id),
              attrs: { type: "button" },
              on: {
                click: () =>
                  model.dispatch({ type: "select", item: { kind: "entity", id: line.id } }),
              },
            }),
          ]),
          el("td", { className: "num", text: formatUsd(line.amountUsd) }),
          el("td", {
            className: "num",
            text: line.contingentUsd > 0 ? formatUsd(line.contingentUsd) : "",
          }),
          el("td", { className: "num", text: ratio(line.revenueRatio) }),
          el("td", { className: "num", text: ratio(line.equityRatio) }),
        ]),
      ),
    ),
  ]);
}

export function counterpartySection(model: ViewModel, id: string): HTMLElement {
  const name = entityName(model.graph, id);
  const body = el("div", { className: "counterparty-lists" });
  const fill = () => {
    if (body.childElementCount > 0) return;
    const state = model.getState();
    const rows = computeCounterpartyExposure(model.graph, inclusionFor(state.filters, state.asOf));
    const { exposedTo, exposedToIt } = counterpartyLists(rows, id);
    const total = (lines: ExposureLine[]) => lines.reduce((sum, line) => sum + line.amountUsd, 0);
    body.append(
      el("h4", { text: `${name} is exposed to · ${formatUsd(total(exposedTo))}` }),
      exposureTable(model, exposedTo, `What ${name} stands to lose to each counterparty`),
      el("h4", { text: `Exposed to ${name} · ${formatUsd(total(exposedToIt))}` }),
      exposureTable(model, exposedToIt, `Who stands to lose if ${name} cannot pay`),
    );
  };
  const details = el("details", { className: "counterparty-section" }, [
    el("summary", { text: "Counterparty exposure" }),
    body,
  ]);
  details.addEventListener("toggle", () => {
    if (details.open) fill();
  });
  if (model.graph.order <= EAGER_ENTITIES) {
    details.open = true;
    fill();
  }
  return details;
}
