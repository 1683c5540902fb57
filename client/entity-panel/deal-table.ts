// A table of an entity's deals one way (in or out): counterparty, type, amount, date, basis,
// status and sources, each counterparty and deal clickable; a superseded deal struck through,
// with a link to the deal that replaced it.

import type { Deal } from "@engine";
import type { ViewAnalysis } from "../analyze-view.js";
import { dealChip, replacedByButton } from "../deal-panel/deal-chip.js";
import { replacementOf } from "../deal-panel/replacement-of.js";
import { dealTerms, isFirmDeal } from "../deal-terms.js";
import { el, externalLink } from "../dom.js";
import { formatDate, formatUsd } from "../format.js";
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
        const replacement = replacementOf(
          model.graph,
          model.replacements,
          analysis.drawnDeals,
          deal.id,
        );
        const firm = isFirmDeal(deal);
        const classes = [muted ? "filtered-out" : "", replacement ? "superseded" : ""];
        return el("tr", { className: classes.filter(Boolean).join(" ") }, [
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
              className: `deal-meta${firm ? "" : " promise"}`,
              text: `${formatDate(deal.date)} · ${dealTerms(deal)}${replacement ? " · superseded" : ""}`,
            }),
            replacement
              ? replacedByButton(replacement, (id) =>
                  model.dispatch({ type: "select", item: { kind: "deal", id } }),
                )
              : null,
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
          el("td", { className: "num deal-amount-cell", text: formatUsd(deal.amountUsd) }),
        ]);
      }),
    ),
  ]);
}
