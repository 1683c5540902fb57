// Zoom buttons and "fit" over the canvas, and a banner naming what the canvas is narrowed to:
// the focused loop and the ego view, each with a way back.

import type Sigma from "sigma";
import { loopLabel } from "../../shared/loop-label.js";
import { el, replaceChildren } from "../dom.js";
import { formatUsd } from "../format.js";
import { entityName } from "../names.js";
import type { ViewModel } from "../view-model.js";
import { sameCycle } from "../view-state.js";
import type { DisplayEdge, DisplayNode } from "./build-display-graph.js";

export function mountGraphControls(
  container: HTMLElement,
  banner: HTMLElement,
  model: ViewModel,
  renderer: Sigma<DisplayNode, DisplayEdge>,
  fit: () => void,
): () => void {
  const camera = renderer.getCamera();
  const zoom = el(
    "div",
    { className: "zoom-group", attrs: { role: "group", "aria-label": "Zoom" } },
    [
      el("button", {
        className: "icon-button",
        text: "+",
        attrs: { type: "button", "aria-label": "Zoom in" },
        on: { click: () => void camera.animatedZoom({ duration: 250 }) },
      }),
      el("button", {
        className: "icon-button",
        text: "−",
        attrs: { type: "button", "aria-label": "Zoom out" },
        on: { click: () => void camera.animatedUnzoom({ duration: 250 }) },
      }),
      el("button", {
        className: "icon-button",
        text: "⤢",
        attrs: { type: "button", "aria-label": "Fit the whole network" },
        on: { click: fit },
      }),
    ],
  );
  container.replaceChildren(zoom);
  function render(): void {
    const { egoEntity, focusedCycle } = model.getState();
    const analysis = model.getAnalysis();
    const index = focusedCycle
      ? analysis.cycles.cycles.findIndex((cycle) => sameCycle(cycle.nodes, focusedCycle))
      : -1;
    const cycle = analysis.cycles.cycles[index];
    const name = (id: string) => entityName(model.graph, id);
    replaceChildren(banner, [
      cycle
        ? el("div", { className: "banner-chip loop-chip" }, [
            el("span", { className: "banner-label", text: `Loop #${index + 1}` }),
            el("span", {
              className: "banner-text",
              text: loopLabel(cycle.nodes, name),
              attrs: { title: loopLabel(cycle.nodes, name) },
            }),
            el("strong", {
              text: cycle.bottleneckUsd > 0 ? formatUsd(cycle.bottleneckUsd) : "undisclosed",
            }),
            el("button", {
              className: "chip-close",
              text: "×",
              attrs: { type: "button", "aria-label": "Clear the highlighted loop" },
              on: { click: () => model.dispatch({ type: "focusCycle", nodes: null }) },
            }),
          ])
        : null,
      egoEntity !== null
        ? el("div", { className: "banner-chip" }, [
            el("span", { className: "banner-label", text: "Ego view" }),
            el("span", {
              className: "banner-text",
              text: `${name(egoEntity)} and its counterparties`,
            }),
            el("button", {
              className: "link-button",
              text: "Show everyone",
              attrs: { type: "button" },
              on: { click: () => model.dispatch({ type: "setEgo", id: null }) },
            }),
          ])
        : null,
    ]);
  }
  render();
  return model.subscribe((state, _analysis, previous) => {
    if (
      state.egoEntity !== previous.egoEntity ||
      !sameCycle(state.focusedCycle, previous.focusedCycle) ||
      state.filters !== previous.filters ||
      state.asOf !== previous.asOf
    ) {
      render();
    }
  });
}
