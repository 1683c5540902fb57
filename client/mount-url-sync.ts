// Keep the URL hash in step with the view state (so a copied link restores the view), and apply
// a hash the user edits or navigates to. `prefix` names the dataset first (`dataset=<id>&…`) when
// the view shows a saved upload.

import { decodeViewState, encodeViewState } from "./url-state.js";
import type { ViewModel } from "./view-model.js";

export interface UrlSync {
  /** Write the hash now (after the prefix changed). */
  write(): void;
  dispose(): void;
}

export function mountUrlSync(model: ViewModel, prefix: () => string = () => ""): UrlSync {
  let written = location.hash.slice(1);
  const write = () => {
    const hash = [prefix(), encodeViewState(model.getState())].filter(Boolean).join("&");
    if (hash === written) return;
    written = hash;
    history.replaceState(null, "", hash ? `#${hash}` : `${location.pathname}${location.search}`);
  };
  const unsubscribe = model.subscribe(write);
  const onHashChange = () => {
    const hash = location.hash.slice(1);
    if (hash === written) return;
    written = hash;
    model.dispatch({ type: "replace", state: decodeViewState(hash, model.getState()) });
  };
  window.addEventListener("hashchange", onHashChange);
  return {
    write,
    dispose() {
      unsubscribe();
      window.removeEventListener("hashchange", onHashChange);
    },
  };
}
