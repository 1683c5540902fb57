// The Exposure tab's way into the counterparty exposure matrix: a short note and the button that
// opens the heat map for the whole network.

import { el } from "../dom.js";
import type { ViewModel } from "../view-model.js";
import { openExposureMatrix } from "./open-exposure-matrix.js";

export function mountExposureMatrix(container: HTMLElement, model: ViewModel): () => void {
  const section = el("section", { className: "matrix-entry" }, [
    el("h2", { text: "Counterparty exposure" }),
    el("p", {
      className: "panel-note",
      text: "Who stands to lose what if whom cannot pay, for every pair of entities: a heat map.",
    }),
    el("button", {
      className: "tool-button matrix-open",
      text: "Open the exposure matrix",
      attrs: { type: "button", "aria-haspopup": "dialog" },
      on: { click: () => openExposureMatrix(model) },
    }),
  ]);
  container.append(section);
  return () => {
    section.remove();
    for (const dialog of document.querySelectorAll("dialog.matrix-dialog")) dialog.remove();
  };
}
