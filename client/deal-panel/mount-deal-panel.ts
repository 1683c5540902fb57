import { loopLabel } from "../../shared/loop-label.js";
// The deal panel: everything about the selected deal, with its sources and the loops it is on.

import { dealTerms, uncommittedReasons } from "../deal-terms.js";
import { el, replaceChildren } from "../dom.js";
import { formatDate, formatLabel, formatUsd, plural } from "../format.js";
import { keepFocus } from "../keep-focus.js";
import { dealOf, entityName } from "../names.js";
import type { ViewModel } from "../view-model.js";
import { sameItem } from "../view-state.js";
import { dealChip, replacedByButton } from "./deal-chip.js";
import { replacementOf } from "./replacement-of.js";
import { sourcesList } from "./sources-list.js";

function entityButton(model: ViewModel, id: string): HTMLElement {
  return el("button", {
    className: "link-button",
    text: entityName(model.graph, id),
    attrs: { type: "button" },
    on: { click: () => model.dispatch({ type: "select", item: { kind: "entity", id } }) },
  });
}

function dealButton(model: ViewModel, id: string): HTMLElement {
  if (!dealOf(model.graph, id)) return el("code", { text: id });
  return el("button", {
    className: "link-button",
    text: id,
    attrs: { type: "button" },
    on: { click: () => model.dispatch({ type: "select", item: { kind: "deal", id } }) },
  });
}

function row(label: string, value: Node | string): HTMLElement {
  return el("div", { className: "fact" }, [el("dt", { text: label }), el("dd", {}, [value])]);
}

export function mountDealPanel(container: HTMLElement, model: ViewModel): () => void {
  // A redraw (figures arriving from the worker, a filter) keeps the keyboard where it was.
  const render = () => keepFocus(container, draw);
  function draw(): void {
    const { selection } = model.getState();
    const deal = selection?.kind === "deal" ? dealOf(model.graph, selection.id) : null;
    if (!deal) {
      container.hidden = true;
      container.replaceChildren();
      return;
    }
    container.hidden = false;
    const analysis = model.getAnalysis();
    const counted = analysis.countedDeals.has(deal.id);
    const drawn = analysis.drawnDeals.has(deal.id);
    const loops = analysis.cycles.cycles.filter((cycle) =>
      cycle.deals.some((hop) => hop.includes(deal.id)),
    );
    const replacement = replacementOf(
      model.graph,
      model.replacements,
      analysis.drawnDeals,
      deal.id,
    );
    const reasons = uncommittedReasons(deal);
    const status = counted
      ? "Counted as a flow under the current filters."
      : drawn
        ? deal.type === "backstop"
          ? "Drawn but not counted: a backstop moves no cash unless called."
          : "Drawn but not counted under the current filters."
        : "Hidden by the current filters or date.";
    replaceChildren(container, [
      el("header", { className: "detail-header" }, [
        el("div", { className: "detail-kicker" }, [
          dealChip(deal.type),
          el("span", { className: "muted", text: dealTerms(deal) }),
        ]),
        el("h2", { className: "detail-title" }, [
          entityButton(model, deal.from),
          el("span", { className: "arrow", text: " → " }),
          entityButton(model, deal.to),
        ]),
        el("p", { className: `deal-amount${replacement ? " superseded" : ""}` }, [
          el("strong", { text: formatUsd(deal.amountUsd) }),
          el("span", { className: "muted", text: ` ${formatLabel(deal.amountBasis)}` }),
        ]),
        el("p", {
          className: `commitment ${reasons.length === 0 ? "firm" : "promise"}`,
          text:
            reasons.length === 0
              ? "A firm commitment: counted in the committed view."
              : `Not a firm commitment (${reasons.join(", ")}): left out of the committed view.`,
        }),
        replacement
          ? el("p", { className: "superseded-note" }, [
              "Superseded: ",
              replacedByButton(replacement, (id) =>
                model.dispatch({ type: "select", item: { kind: "deal", id } }),
              ),
            ])
          : null,
        deal.description
          ? el("p", { className: "detail-description", text: deal.description })
          : null,
      ]),
      el(
        "dl",
        { className: "facts" },
        [
          row("Date", formatDate(deal.date)),
          row("Status", formatLabel(deal.status)),
          row("Amount basis", formatLabel(deal.amountBasis)),
          deal.condition ? row("Condition", deal.condition) : null,
          deal.derivation ? row("Derivation", deal.derivation) : null,
          deal.confidence ? row("Confidence", deal.confidence) : null,
          deal.supersedes ? row("Supersedes", dealButton(model, deal.supersedes)) : null,
          ...model.dataset.deals
            .filter((other) => other.supersedes === deal.id)
            .map((other) => row("Superseded by", dealButton(model, other.id))),
          row("Deal id", el("code", { text: deal.id })),
        ].filter((node): node is HTMLElement => node !== null),
      ),
      el("p", { className: `flow-status ${counted ? "counted" : "not-counted"}`, text: status }),
      deal.note ? el("p", { className: "detail-note", text: deal.note }) : null,
      el("h3", { text: "Sources" }),
      sourcesList(deal.sources),
      loops.length > 0 ? el("h3", { text: `On ${plural(loops.length, "loop")}` }) : null,
      loops.length > 0
        ? el(
            "ul",
            { className: "mini-loops" },
            loops.slice(0, 8).map((cycle) =>
              el("li", {}, [
                el("button", {
                  className: "link-button",
                  text: loopLabel(cycle.nodes, (id) => entityName(model.graph, id)),
                  attrs: { type: "button" },
                  on: { click: () => model.dispatch({ type: "focusCycle", nodes: cycle.nodes }) },
                }),
              ]),
            ),
          )
        : null,
    ]);
  }
  render();
  return model.subscribe((state, _analysis, previous) => {
    if (
      !sameItem(state.selection, previous.selection) ||
      state.filters !== previous.filters ||
      state.asOf !== previous.asOf
    ) {
      render();
    }
  });
}
