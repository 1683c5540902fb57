// A table of an entity's deals one way (in or out): counterparty, type, amount, date, status and
// sources, each counterparty and deal clickable.

import type { Deal } from "@engine";
import type { ViewAnalysis } from "../analyze-view.js";
import { dealChip } from "../deal-panel/deal-chip.js";
import { el, externalLink } from "../dom.js";
import { formatDate, formatLabel, formatUsd } from "../format.js";
import { entityName } from "../names.js";
import type { ViewModel } from "../view-model.js";

export function dealTable(
  model: ViewModel,
  analysis: ViewAnalysis,
  deals: readonly Deal[],
  direction: "in" | "out",
): HTMLElement {
  if (deals.length === 0)
    return el("p", {
      className: "muted",
      text: direction === "out" ? "No deals out." : "No deals in.",
    });
  const sorted = [...deals].sort(
    (a, b) => (b.amountUsd ?? -1) - (a.amountUsd ?? -1) || (a.date < b.date ? -1 : 1),
  );
  return el("table", { className: "deal-table" }, [
    el("caption", {
      className: "visually-hidden",
      text: direction === "out" ? "Deals out" : "Deals in",
    }),
    el("thead", {}, [
      el("tr", {}, [
        el("th", { text: direction === "out" ? "To" : "From", attrs: { scope: "col" } }),
        el("th", { text: "Deal", attrs: { scope: "col" } }),
        el("th", { text: "Amount", attrs: { scope: "col", class: "num" } }),
      ]),
    ]),
    el(
      "tbody",
      {},
      sorted.map((deal) => {
        const other = direction === "out" ? deal.to : deal.from;
        const muted = !analysis.drawnDeals.has(deal.id);
        return el("tr", { className: muted ? "filtered-out" : "" }, [
          el("td", {}, [
            el("button", {
              className: "link-button",
              text: entityName(model.graph, other),
              attrs: { type: "button" },
              on: {
                click: () =>
                  model.dispatch({ type: "select", item: { kind: "entity", id: other } }),
              },
            }),
          ]),
          el("td", {}, [
            el(
              "button",
              {
                className: "link-button deal-link",
                attrs: { type: "button", "aria-label": `Deal ${deal.id}` },
                on: {
                  click: () =>
                    model.dispatch({ type: "select", item: { kind: "deal", id: deal.id } }),
                },
              },
              [dealChip(deal.type)],
            ),
            el("span", {
              className: "deal-meta",
              text: `${formatDate(deal.date)} · ${formatLabel(deal.status)}`,
            }),
            el(
              "span",
              { className: "deal-sources" },
              deal.sources
                .filter((source) => source.url)
                .slice(0, 3)
                .map((source, i) =>
                  externalLink(source.url!, source.publisher || `source ${i + 1}`),
                ),
            ),
          ]),
          el("td", { className: "num", text: formatUsd(deal.amountUsd) }),
        ]);
      }),
    ),
  ]);
}
