// A tiny store: one ViewState, dispatch through the pure reducer, subscribers told on change.

import { type Action, reduceViewState, type ViewState } from "./view-state.js";

export type Listener = (state: ViewState, previous: ViewState) => void;

export interface Store {
  getState(): ViewState;
  dispatch(action: Action): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: Listener): () => void;
}

export function createStore(initial: ViewState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    getState: () => state,
    dispatch(action) {
      const previous = state;
      state = reduceViewState(state, action);
      if (state === previous) return;
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
