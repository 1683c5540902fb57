// The view switch in the header: every figure announced (headlines, estimates, conditional
// tranches and warrants included) or committed (only firm commitments), a pair of toggle buttons.

import type { View } from "@engine";
import { el } from "../dom.js";
import type { ViewModel } from "../view-model.js";

const VIEW_BUTTONS: readonly { view: View; label: string; hint: string }[] = [
  {
    view: "announced",
    label: "Announced",
    hint: "Every announced amount: headlines, estimates, conditional tranches and warrants",
  },
  {
    view: "committed",
    label: "Committed",
    hint: "Only firm commitments: committed amounts of signed or closed deals, no condition",
  },
];

export function mountViewSwitch(container: HTMLElement, model: ViewModel): () => void {
  const buttons = VIEW_BUTTONS.map(({ view, label, hint }) =>
    el("button", {
      className: "segment",
      text: label,
      attrs: { type: "button", title: hint, "data-view": view },
      on: { click: () => model.dispatch({ type: "setView", view }) },
    }),
  );
  container.replaceChildren(
    el(
      "div",
      { className: "segmented", attrs: { role: "group", "aria-label": "Figures" } },
      buttons,
    ),
  );
  function render(): void {
    const { view } = model.getState().filters;
    for (const button of buttons) {
      button.setAttribute("aria-pressed", String(button.dataset.view === view));
    }
  }
  render();
  return model.subscribe((state, _analysis, previous) => {
    if (state.filters.view !== previous.filters.view) render();
  });
}
