// On phones (≤ 480 px) the panels are a bottom sheet: a handle to drag it taller or shorter, or
// down to close it to its tabs, or to press (tap, Enter) to open and close it. On every narrow
// window the closed drawer or sheet keeps nothing focusable that is out of sight.

import { el } from "../dom.js";
import type { ViewModel } from "../view-model.js";
import { dragHeight, SHEET_SNAP_DEFAULTS, sheetSnap } from "./sheet-snap.js";

/** The media queries app.css lays the panels out by. */
export const PHONE_QUERY = "(max-width: 480px)";
const NARROW_QUERY = "(max-width: 900px)";
/** A press that moves less than this (px) is a tap, not a drag. */
const TAP_SLOP = 6;
/** A click this soon (ms) after a handled press of the handle is that press's own click. */
const PRESS_CLICK_MS = 800;

export interface BottomSheet {
  /** Pixels of the graph the open sheet covers (0 when closed or not on a phone). */
  coveredHeight(graph: HTMLElement): number;
  dispose(): void;
}

export function mountBottomSheet(sidebar: HTMLElement, model: ViewModel): BottomSheet {
  const phone = matchMedia(PHONE_QUERY);
  const narrow = matchMedia(NARROW_QUERY);
  const handle = el("button", {
    className: "sheet-handle",
    attrs: { type: "button", "aria-controls": "sidebar", "aria-label": "Panels" },
  });
  sidebar.prepend(handle);
  const head = sidebar.querySelector<HTMLElement>(".sidebar-head");
  const body = sidebar.querySelector<HTMLElement>(".sidebar-body");
  const maxHeight = () => window.innerHeight - 48;

  let drag: { pointer: number; startY: number; startHeight: number; moved: boolean } | null = null;
  /** When a press of the handle last opened, closed or resized the sheet (its pointerup). */
  let pressedAt = Number.NEGATIVE_INFINITY;

  /** Ends a drag without snapping: its pointer went away, or the sheet was opened or closed another way. */
  function endDrag(): void {
    drag = null;
    sidebar.classList.remove("dragging");
  }

  function render(): void {
    const open = model.getState().drawerOpen;
    handle.setAttribute("aria-expanded", String(open));
    handle.title = open ? "Drag to resize the panels, or press to close them" : "Open the panels";
    // Out of sight when closed: the whole drawer on tablets, all but the tabs on phones.
    const hidden = !open && narrow.matches;
    if (body) body.inert = hidden;
    if (head) head.inert = hidden && !phone.matches;
  }

  const onDown = (event: PointerEvent) => {
    if (!phone.matches || event.button !== 0) return;
    drag = {
      pointer: event.pointerId,
      startY: event.clientY,
      startHeight: model.getState().drawerOpen ? sidebar.offsetHeight : SHEET_SNAP_DEFAULTS.peek,
      moved: false,
    };
    handle.setPointerCapture(event.pointerId);
  };
  const onMove = (event: PointerEvent) => {
    if (drag?.pointer !== event.pointerId) return;
    const deltaY = event.clientY - drag.startY;
    if (!drag.moved && Math.abs(deltaY) < TAP_SLOP) return;
    drag.moved = true;
    sidebar.classList.add("dragging");
    const height = dragHeight(drag.startHeight, deltaY, maxHeight());
    sidebar.style.setProperty("--sheet-height", `${height}px`);
  };
  const onUp = (event: PointerEvent) => {
    if (drag?.pointer !== event.pointerId) return;
    const { moved, startY, startHeight } = drag;
    drag = null;
    // The press does its work here, not in the click that may follow: a touch tap right after a
    // drag sometimes makes no click at all in Chromium, and a drag makes one with a mouse only.
    pressedAt = event.timeStamp;
    if (!moved) {
      model.dispatch({ type: "setDrawer", open: !model.getState().drawerOpen });
      return;
    }
    const rest = sheetSnap(
      dragHeight(startHeight, event.clientY - startY, maxHeight()),
      maxHeight(),
    );
    sidebar.classList.remove("dragging");
    if (rest.height === null) sidebar.style.removeProperty("--sheet-height");
    else sidebar.style.setProperty("--sheet-height", `${rest.height}px`);
    model.dispatch({ type: "setDrawer", open: rest.open });
  };
  // A cancelled touch, or a capture lost before its pointerup, must not leave the sheet held open.
  const onCancel = (event: PointerEvent) => {
    if (drag?.pointer === event.pointerId) endDrag();
  };
  // Enter or Space (a click with no pointer: detail 0), or a pointer press that the handlers above
  // did not see; the click that follows a press they handled is left alone.
  const onClick = (event: MouseEvent) => {
    if (event.detail > 0 && event.timeStamp - pressedAt < PRESS_CLICK_MS) return;
    model.dispatch({ type: "setDrawer", open: !model.getState().drawerOpen });
  };
  // On a phone a tab opens the sheet it sits on.
  const onTab = (event: MouseEvent) => {
    if (phone.matches && event.target instanceof Element && event.target.closest('[role="tab"]'))
      model.dispatch({ type: "setDrawer", open: true });
  };
  handle.addEventListener("pointerdown", onDown);
  handle.addEventListener("pointermove", onMove);
  handle.addEventListener("pointerup", onUp);
  handle.addEventListener("pointercancel", onCancel);
  handle.addEventListener("lostpointercapture", onCancel);
  handle.addEventListener("click", onClick);
  head?.addEventListener("click", onTab);
  phone.addEventListener("change", render);
  narrow.addEventListener("change", render);
  render();
  const unsubscribe = model.subscribe((state, _analysis, previous) => {
    if (state.drawerOpen === previous.drawerOpen) return;
    // Opened or closed by something else (the close button, a selection): no drag holds it.
    endDrag();
    render();
  });
  return {
    coveredHeight(graph) {
      if (!phone.matches || !model.getState().drawerOpen) return 0;
      // The sheet's top once open (it may still be sliding in).
      const top = window.innerHeight - sidebar.offsetHeight;
      return Math.max(0, graph.getBoundingClientRect().bottom - top);
    },
    dispose() {
      unsubscribe();
      phone.removeEventListener("change", render);
      narrow.removeEventListener("change", render);
      head?.removeEventListener("click", onTab);
      handle.remove();
    },
  };
}
