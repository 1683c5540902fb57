// Plays the what-if scenario's rounds: while the view state's scenario says `playing`, advance its
// `round` one round per delay, through the final losses, then stop. Mounted once for the app, not
// in the entity panel (whose what-if section is rebuilt on every redraw): the play goes on when the
// panel redraws, and the section's Play / Pause button only reads and sets `playing`.

import type { FinancingGraph } from "@engine";
import type { Action, ViewState } from "../view-state.js";
import { nextPlayedRound, roundDelayMs } from "./round-player.js";
import { createScenarioLosses } from "./scenario-losses.js";

/** The part of the view model the player uses (a store does too). */
export interface RoundPlayerHost {
  getState(): ViewState;
  dispatch(action: Action): void;
  subscribe(listener: (state: ViewState) => void): () => void;
}

export interface RoundPlayerOptions {
  /** The last round of the state's scenario that can be drawn (its stepped history). */
  lastRound(state: ViewState): number;
  /** Whether the reader asked for reduced motion (read when each round is scheduled). */
  reducedMotion(): boolean;
}

/** Start playing from the round on screen (from the shock when the final losses show). */
export function startPlaying(state: ViewState): Action | null {
  const scenario = state.scenario;
  if (scenario === null || scenario.playing) return null;
  return {
    type: "setScenario",
    scenario: { ...scenario, round: scenario.round ?? 0, playing: true },
  };
}

/** Stop playing, keeping the round on screen. */
export function stopPlaying(state: ViewState): Action | null {
  const scenario = state.scenario;
  if (scenario === null || !scenario.playing) return null;
  return { type: "setScenario", scenario: { ...scenario, playing: false } };
}

/** Returns the disposer (which stops the timer). */
export function mountRoundPlayer(host: RoundPlayerHost, options: RoundPlayerOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let armPending = false;
  let disposed = false;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const advance = () => {
    timer = null;
    const state = host.getState();
    const scenario = state.scenario;
    if (scenario === null || !scenario.playing) return;
    const round = nextPlayedRound(scenario.round ?? null, options.lastRound(state));
    host.dispatch({
      type: "setScenario",
      scenario: { ...scenario, round, playing: round !== null },
    });
  };
  // The delay runs from the end of the dispatch that showed the round (every panel drawn), so that
  // no round is on screen for less than its delay.
  const arm = () => {
    armPending = false;
    const state = host.getState();
    if (disposed || timer !== null || !state.scenario?.playing) return;
    timer = setTimeout(advance, roundDelayMs(options.lastRound(state), options.reducedMotion()));
  };
  const sync = (state: ViewState) => {
    if (!state.scenario?.playing) return cancel();
    if (timer !== null || armPending) return;
    armPending = true;
    queueMicrotask(arm);
  };
  sync(host.getState());
  const unsubscribe = host.subscribe(sync);
  return () => {
    disposed = true;
    unsubscribe();
    cancel();
  };
}

/** The viewer's options: the rounds the graph draws, and the reader's motion preference. */
export function scenarioRoundPlayerOptions(graph: FinancingGraph): RoundPlayerOptions {
  const losses = createScenarioLosses(graph);
  return {
    lastRound: (state) => (losses(state)?.result.history?.length ?? 1) - 1,
    reducedMotion: () => matchMedia("(prefers-reduced-motion: reduce)").matches,
  };
}
