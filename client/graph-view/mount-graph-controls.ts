// Zoom buttons, "fit" and the ego-view chip over the canvas.

import type Sigma from "sigma";
import { el, replaceChildren } from "../dom.js";
import { entityName } from "../names.js";
import type { ViewModel } from "../view-model.js";
import type { DisplayEdge, DisplayNode } from "./build-display-graph.js";

export function mountGraphControls(
  container: HTMLElement,
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
  const ego = el("div", { className: "ego-chip" });
  container.replaceChildren(zoom, ego);
  function render(): void {
    const { egoEntity } = model.getState();
    ego.hidden = egoEntity === null;
    if (egoEntity === null) return;
    replaceChildren(ego, [
      el("span", {
        text: `Ego view: ${entityName(model.graph, egoEntity)} and its counterparties`,
      }),
      el("button", {
        className: "link-button",
        text: "Show everyone",
        attrs: { type: "button" },
        on: { click: () => model.dispatch({ type: "setEgo", id: null }) },
      }),
    ]);
  }
  render();
  return model.subscribe((state, _analysis, previous) => {
    if (state.egoEntity !== previous.egoEntity) render();
  });
}
