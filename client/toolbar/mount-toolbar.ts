// The toolbar: copy link, theme toggle, and the drawer button for narrow windows.

import { el } from "../dom.js";
import type { ViewModel } from "../view-model.js";

export function mountToolbar(
  container: HTMLElement,
  model: ViewModel,
  toast: (text: string) => void,
): () => void {
  const copy = el("button", {
    className: "tool-button",
    text: "Copy link",
    attrs: { type: "button", title: "Copy a link to this exact view" },
  });
  const theme = el("button", { className: "tool-button icon-only", attrs: { type: "button" } });
  const drawer = el("button", {
    className: "tool-button drawer-button",
    text: "Panels",
    attrs: { type: "button", "aria-controls": "sidebar" },
  });
  container.append(copy, theme, drawer);

  copy.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      toast("Link copied: it restores this view.");
    } catch {
      toast("Copy this link from the address bar: it restores this view.");
    }
  });
  theme.addEventListener("click", () =>
    model.dispatch({
      type: "setTheme",
      theme: model.getState().theme === "dark" ? "light" : "dark",
    }),
  );
  drawer.addEventListener("click", () =>
    model.dispatch({ type: "setDrawer", open: !model.getState().drawerOpen }),
  );

  function render(): void {
    const state = model.getState();
    const next = state.theme === "dark" ? "light" : "dark";
    theme.setAttribute("aria-label", `Switch to ${next} theme`);
    theme.title = `Switch to ${next} theme`;
    theme.replaceChildren(
      el("span", {
        className: `icon-${next === "light" ? "sun" : "moon"}`,
        attrs: { "aria-hidden": "true" },
      }),
    );
    drawer.setAttribute("aria-expanded", String(state.drawerOpen));
  }
  render();
  const unsubscribe = model.subscribe((state, _analysis, previous) => {
    if (state.theme !== previous.theme || state.drawerOpen !== previous.drawerOpen) render();
  });
  return () => {
    unsubscribe();
    copy.remove();
    theme.remove();
    drawer.remove();
  };
}
