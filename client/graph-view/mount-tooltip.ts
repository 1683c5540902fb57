// A small card that follows the pointer over the canvas: the hovered deal (who pays whom, how
// much, when) or entity (money in and out, round-trip share).

import { entityFlowUsd } from "../analyze-view.js";
import { dealChip } from "../deal-panel/deal-chip.js";
import { el, replaceChildren } from "../dom.js";
import { formatDate, formatLabel, formatShare, formatUsd } from "../format.js";
import { dealOf, entityName, entityOf } from "../names.js";
import { scenarioNote } from "../stress-panel/default-mark.js";
import { createScenarioLosses } from "../stress-panel/scenario-losses.js";
import type { ViewModel } from "../view-model.js";
import { sameItem } from "../view-state.js";

export function mountTooltip(container: HTMLElement, model: ViewModel): () => void {
  const tip = el("div", { className: "tooltip", attrs: { role: "tooltip" } });
  tip.hidden = true;
  container.append(tip);
  let pointer = { x: 0, y: 0 };
  let touch = false;
  const scenarioLosses = createScenarioLosses(model.graph);

  function place(): void {
    const box = container.getBoundingClientRect();
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    const x = Math.min(pointer.x + 16, box.width - width - 8);
    // Under a mouse pointer; above a finger, which would cover it.
    const below = !touch && pointer.y + 18 + height <= box.height;
    const y = below ? pointer.y + 18 : pointer.y - height - (touch ? 28 : 14);
    tip.style.transform = `translate(${Math.max(8, x)}px, ${Math.max(8, y)}px)`;
  }

  /** The card's content for the hovered item, or null when there is nothing to show. */
  function content(): (HTMLElement | null)[] | null {
    const { hovered } = model.getState();
    const { graph } = model;
    if (hovered?.kind === "deal") {
      const deal = dealOf(graph, hovered.id);
      if (!deal) return null;
      return [
        el("div", { className: "tooltip-kicker" }, [
          dealChip(deal.type),
          el("span", { className: "muted", text: formatLabel(deal.status) }),
        ]),
        el("strong", { text: `${entityName(graph, deal.from)} → ${entityName(graph, deal.to)}` }),
        el("span", {
          text: `${formatUsd(deal.amountUsd)} ${deal.amountUsd === null ? "" : formatLabel(deal.amountBasis)} · ${formatDate(deal.date)}`,
        }),
      ];
    }
    if (hovered?.kind === "entity") {
      const entity = entityOf(graph, hovered.id);
      if (!entity) return null;
      const analysis = model.getAnalysis();
      const row = analysis.exposureById.get(entity.id);
      const flows = entityFlowUsd(analysis, entity.id);
      const losses = scenarioLosses(model.getState());
      const note = losses ? scenarioNote(losses, entity.id) : null;
      return [
        el("div", { className: "tooltip-kicker" }, [
          el("span", { className: `kind-chip kind-${entity.kind}` }, [
            el("span", { className: "swatch" }),
            formatLabel(entity.kind),
          ]),
        ]),
        el("strong", { text: entity.name }),
        el("span", {
          text: `Out ${formatUsd(flows.outflowUsd)} · In ${formatUsd(flows.inflowUsd)}`,
        }),
        row && row.roundTripShare > 0
          ? el("span", {
              className: "muted",
              text: `${formatShare(row.roundTripShare)} of its money comes back`,
            })
          : null,
        // In a what-if, what it did to the entity (a phone labels only the largest defaults).
        note ? el("span", { className: "tooltip-what-if", text: `What-if: ${note}` }) : null,
      ];
    }
    return null;
  }

  function render(): void {
    const children = content();
    if (children === null) {
      hide();
      return;
    }
    replaceChildren(tip, children);
    tip.hidden = false;
    place();
  }

  function hide(): void {
    tip.hidden = true;
  }

  const onMove = (event: PointerEvent) => {
    const box = container.getBoundingClientRect();
    pointer = { x: event.clientX - box.left, y: event.clientY - box.top };
    touch = event.pointerType === "touch";
    if (!tip.hidden) place();
  };
  // A lifted finger leaves the canvas: the long-pressed card stays until the next touch.
  const onLeave = (event: PointerEvent) => {
    if (event.pointerType !== "touch") hide();
  };
  container.addEventListener("pointerdown", onMove);
  container.addEventListener("pointermove", onMove);
  container.addEventListener("pointerleave", onLeave);
  const unsubscribe = model.subscribe((state, _analysis, previous) => {
    if (!sameItem(state.hovered, previous.hovered)) render();
  });
  return () => {
    unsubscribe();
    container.removeEventListener("pointerdown", onMove);
    container.removeEventListener("pointermove", onMove);
    container.removeEventListener("pointerleave", onLeave);
    tip.remove();
  };
}
