// Keep the URL hash in step with the view state (so a copied link restores the view), and apply
// a hash the user edits or navigates to.

import { decodeViewState, encodeViewState } from "./url-state.js";
import type { ViewModel } from "./view-model.js";

export function mountUrlSync(model: ViewModel): () => void {
  let written = location.hash.slice(1);
  const unsubscribe = model.subscribe((state) => {
    const hash = encodeViewState(state);
    if (hash === written) return;
    written = hash;
    history.replaceState(null, "", hash ? `#${hash}` : `${location.pathname}${location.search}`);
  });
  const onHashChange = () => {
    const hash = location.hash.slice(1);
    if (hash === written) return;
    written = hash;
    model.dispatch({ type: "replace", state: decodeViewState(hash, model.getState()) });
  };
  window.addEventListener("hashchange", onHashChange);
  return () => {
    unsubscribe();
    window.removeEventListener("hashchange", onHashChange);
  };
}
