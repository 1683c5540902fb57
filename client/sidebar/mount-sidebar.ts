// The sidebar: tabs for loops, exposure and filters, and the detail view (entity or deal) that
// covers them while something is selected. On narrow windows it is a drawer.

import { el } from "../dom.js";
import type { ViewModel } from "../view-model.js";
import { type SidebarTab, sameItem, type ViewState } from "../view-state.js";

const TABS: readonly { id: SidebarTab; label: string }[] = [
  { id: "cycles", label: "Loops" },
  { id: "exposure", label: "Exposure" },
  { id: "trend", label: "Trend" },
  { id: "filters", label: "Filters" },
];

export interface SidebarSlots {
  panels: Record<SidebarTab, HTMLElement>;
  detail: HTMLElement;
}

export interface SidebarOptions {
  /** The panel's Back: true when it went back in history (to the previous selection). */
  back?: () => boolean;
}

export function mountSidebar(
  sidebar: HTMLElement,
  model: ViewModel,
  options: SidebarOptions = {},
): { slots: SidebarSlots; dispose(): void } {
  const tablist = el("div", {
    className: "tabs",
    attrs: { role: "tablist", "aria-label": "Panels" },
  });
  const buttons = TABS.map((tab) =>
    el("button", {
      className: "tab",
      text: tab.label,
      attrs: {
        type: "button",
        role: "tab",
        id: `tab-${tab.id}`,
        "aria-controls": `panel-${tab.id}`,
      },
      on: {
        click: () => {
          model.dispatch({ type: "select", item: null });
          model.dispatch({ type: "setTab", tab: tab.id });
        },
      },
    }),
  );
  tablist.append(...buttons);
  const close = el("button", {
    className: "icon-button drawer-close",
    text: "×",
    attrs: { type: "button", "aria-label": "Close the panels" },
    on: { click: () => model.dispatch({ type: "setDrawer", open: false }) },
  });
  tablist.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
    const index = TABS.findIndex((tab) => tab.id === model.getState().tab);
    const next = TABS[(index + (event.key === "ArrowRight" ? 1 : TABS.length - 1)) % TABS.length]!;
    model.dispatch({ type: "setTab", tab: next.id });
    buttons[TABS.indexOf(next)]?.focus();
  });
  const panels = Object.fromEntries(
    TABS.map((tab) => [
      tab.id,
      el("section", {
        className: "tab-panel",
        attrs: {
          role: "tabpanel",
          id: `panel-${tab.id}`,
          "aria-labelledby": `tab-${tab.id}`,
          tabindex: -1,
        },
      }),
    ]),
  ) as Record<SidebarTab, HTMLElement>;
  const back = el("button", {
    className: "back-button",
    text: "← Back",
    attrs: { type: "button", title: "Back to what was open before" },
    // The same stack as the browser's Back: a deal opened from an entity goes back to the entity.
    on: { click: () => options.back?.() || model.dispatch({ type: "select", item: null }) },
  });
  const detailBody = el("div", { className: "detail-body" });
  const detail = el(
    "section",
    { className: "detail", attrs: { "aria-label": "Details", "aria-live": "polite" } },
    [back, detailBody],
  );
  const scroller = el("div", { className: "sidebar-scroll" }, [...Object.values(panels)]);
  sidebar.replaceChildren(
    el("div", { className: "sidebar-head" }, [tablist, close]),
    el("div", { className: "sidebar-body" }, [scroller, detail]),
  );

  function render(): void {
    const state = model.getState();
    for (const [i, tab] of TABS.entries()) {
      const selected = tab.id === state.tab;
      buttons[i]!.setAttribute("aria-selected", String(selected));
      buttons[i]!.tabIndex = selected ? 0 : -1;
      panels[tab.id].hidden = !selected;
    }
    detail.hidden = state.selection === null;
    // The detail covers the tab panels: nothing under it can be reached by Tab or a screen reader.
    scroller.inert = state.selection !== null;
    sidebar.classList.toggle("open", state.drawerOpen);
  }
  render();
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape" && !(event.target instanceof HTMLInputElement))
      model.dispatch({ type: "escape" });
  };
  document.addEventListener("keydown", onKey);
  // Where focus was when a selection opened the detail: it goes back there when the detail closes.
  let returnTo: HTMLElement | null = null;
  const moveFocus = (state: ViewState, previous: ViewState) => {
    if (state.selection && !sameItem(state.selection, previous.selection)) {
      if (!previous.selection) {
        const active = document.activeElement;
        returnTo =
          active instanceof HTMLElement && active !== document.body && !detail.contains(active)
            ? active
            : null;
      }
      // The detail panel renders in its own listener of this change: focus its heading after.
      queueMicrotask(() => {
        const title = detailBody.querySelector<HTMLElement>(".detail-title");
        if (!title || model.getState().selection !== state.selection) return;
        title.tabIndex = -1;
        title.focus();
      });
    } else if (!state.selection && previous.selection) {
      const back =
        state.loopQuery !== previous.loopQuery
          ? panels.cycles // "all its loops": the explorer it opened
          : returnTo?.isConnected && !returnTo.closest("[inert]")
            ? returnTo
            : (buttons[TABS.findIndex((tab) => tab.id === state.tab)] ?? null);
      returnTo = null;
      queueMicrotask(() => back?.focus());
    }
  };
  const unsubscribe = model.subscribe((state, _analysis, previous) => {
    if (
      state.tab !== previous.tab ||
      state.selection !== previous.selection ||
      state.drawerOpen !== previous.drawerOpen
    ) {
      render();
      if (state.selection && state.selection !== previous.selection) detail.scrollTop = 0;
      if (state.selection !== previous.selection) moveFocus(state, previous);
    }
  });
  return {
    slots: { panels, detail: detailBody },
    dispose() {
      unsubscribe();
      document.removeEventListener("keydown", onKey);
    },
  };
}
