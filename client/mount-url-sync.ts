// Keep the URL hash in step with the view state (so a copied link restores the view) and the
// browser's history with the steps a user takes (history-step: a selection, a loop, a tab or a filter
// is an entry; a drag rewrites its entry), and apply the hash that Back, Forward or an edit brings.
// `prefix` names the dataset first (`dataset=<id>&…`) when the view shows a saved upload.

import { afterNextFrame } from "./after-next-frame.js";
import { type HistoryBurst, historyStep } from "./history-step.js";
import { decodeViewState, encodeViewState } from "./url-state.js";
import type { ViewModel } from "./view-model.js";

export interface UrlSync {
  /** Write the hash now (after the prefix changed). */
  write(): void;
  /**
   * Go back to the latest entry of this visit whose selection differs from the current one (the
   * detail panel's Back: a deal opened from an entity goes back to the entity); false when there
   * is none.
   */
  backToPreviousSelection(): boolean;
  dispose(): void;
}

/** The selection part of a hash (`entity=…` or `deal=…`). */
const selectionOf = (hash: string) => {
  const params = new URLSearchParams(hash);
  return `${params.get("entity") ?? ""}\u001f${params.get("deal") ?? ""}`;
};

/** Our entries carry their depth in this visit's stack, so that Back can be counted. */
const depthOf = (state: unknown): number | null =>
  typeof state === "object" && state !== null && "roundtripDepth" in state
    ? Number((state as { roundtripDepth: unknown }).roundtripDepth)
    : null;

export function mountUrlSync(model: ViewModel, prefix: () => string = () => ""): UrlSync {
  let written = location.hash.slice(1);
  let depth = depthOf(history.state) ?? 0;
  /** The hash of each entry of this visit by depth (unknown before a reload: sparse). */
  const entries: (string | undefined)[] = [];
  entries[depth] = written;
  let burst: HistoryBurst | null = null;
  let pending = false;
  const url = (hash: string) => (hash ? `#${hash}` : `${location.pathname}${location.search}`);
  history.replaceState({ ...(history.state ?? {}), roundtripDepth: depth }, "", url(written));

  // The browser's history calls wait until the frame that shows the change is out: pushState is
  // a same-document navigation (0.5–10 ms in Chromium) that the redraw the user waits for need
  // not include. What each step does is decided at once (one entry per user action), in order.
  let queued: (() => void)[] = [];
  let cancelFlush = () => {};
  const flushHistory = () => {
    cancelFlush();
    const calls = queued;
    queued = [];
    for (const call of calls) call();
  };
  const later = (call: () => void) => {
    queued.push(call);
    if (queued.length === 1) cancelFlush = afterNextFrame(flushHistory);
  };

  const write = (force: "replace" | null = null) => {
    pending = false;
    const hash = [prefix(), encodeViewState(model.getState())].filter(Boolean).join("&");
    const step = historyStep(written, hash, burst, performance.now());
    burst = step.burst;
    if (step.mode === "none") return;
    written = hash;
    if (step.mode === "push" && force === null) {
      depth++;
      entries.length = depth;
      entries[depth] = hash;
      const state = { roundtripDepth: depth };
      later(() => history.pushState(state, "", url(hash)));
    } else {
      entries[depth] = hash;
      const state = { roundtripDepth: depth };
      later(() => history.replaceState(state, "", url(hash)));
    }
  };
  // One entry per user action: the dispatches of one event (select nothing, then open a tab)
  // are written together.
  const unsubscribe = model.subscribe(() => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => pending && write());
  });
  const onNavigate = () => {
    // The browser moved on from the entry it has: history calls still waiting would write after it.
    cancelFlush();
    queued = [];
    const known = depthOf(history.state);
    // A hash typed or followed in the page is a new entry the browser made without our depth.
    if (known === null) {
      depth++;
      entries.length = depth;
    } else depth = known;
    const hash = location.hash.slice(1);
    entries[depth] = hash;
    if (hash === written) return;
    written = hash;
    burst = null;
    model.dispatch({ type: "replace", state: decodeViewState(hash, model.getState()) });
    // The state may spell the hash differently (defaults dropped): rewrite, never push.
    write("replace");
    flushHistory();
  };
  window.addEventListener("popstate", onNavigate);
  window.addEventListener("hashchange", onNavigate);
  return {
    write: () => write(),
    backToPreviousSelection() {
      flushHistory();
      const current = selectionOf(written);
      for (let d = depth - 1; d >= 0; d--) {
        const hash = entries[d];
        if (hash === undefined) return false;
        if (selectionOf(hash) !== current) {
          history.go(d - depth);
          return true;
        }
      }
      return false;
    },
    dispose() {
      unsubscribe();
      pending = false;
      flushHistory();
      window.removeEventListener("popstate", onNavigate);
      window.removeEventListener("hashchange", onNavigate);
    },
  };
}
