import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createStore, type Store } from "../../../client/store.js";
import {
  mountRoundPlayer,
  startPlaying,
  stopPlaying,
} from "../../../client/stress-panel/mount-round-player.js";
import { ROUND_PLAY_DEFAULTS, roundDelayMs } from "../../../client/stress-panel/round-player.js";
import { type ViewScenario, withShock } from "../../../client/stress-panel/scenario-state.js";
import { VIEW_STATE_DEFAULTS, type ViewState } from "../../../client/view-state.js";

const SCENARIO: ViewScenario = {
  shocks: [{ id: "openai", shock: 1 }],
  model: "debtrank",
  recovery: 0,
};

/** A store with the scenario on, and a player over `lastRound` rounds (changeable). */
function setUp(lastRound = 3, reducedMotion = false) {
  const store = createStore({ ...VIEW_STATE_DEFAULTS, scenario: SCENARIO });
  const rounds = { last: lastRound };
  const dispose = mountRoundPlayer(store, {
    lastRound: () => rounds.last,
    reducedMotion: () => reducedMotion,
  });
  /** Every round the store showed, and whether it was playing then. */
  const seen: { round: number | null; playing: boolean }[] = [];
  store.subscribe((state) => {
    const scenario = state.scenario;
    if (scenario) seen.push({ round: scenario.round ?? null, playing: scenario.playing ?? false });
  });
  return { store, rounds, dispose, seen };
}

const play = (store: Store) => store.dispatch(startPlaying(store.getState())!);
const roundOf = (state: ViewState) => state.scenario?.round ?? null;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("mountRoundPlayer", () => {
  it("plays from the shock through every round to the final losses, one round per delay, then stops", async () => {
    const { store, seen } = setUp(3);
    const delay = roundDelayMs(3, false);
    play(store);
    expect(roundOf(store.getState())).toBe(0);
    for (const round of [1, 2, 3]) {
      // A timer never fires early.
      await vi.advanceTimersByTimeAsync(delay - 1);
      expect(roundOf(store.getState())).toBe(round - 1);
      await vi.advanceTimersByTimeAsync(1);
      expect(roundOf(store.getState())).toBe(round);
    }
    await vi.advanceTimersByTimeAsync(delay);
    expect(store.getState().scenario).toMatchObject({ round: null, playing: false });
    await vi.advanceTimersByTimeAsync(10 * delay);
    expect(seen).toEqual([
      { round: 0, playing: true },
      { round: 1, playing: true },
      { round: 2, playing: true },
      { round: 3, playing: true },
      { round: null, playing: false },
    ]);
  });

  it("keeps playing, at the same pace, through other changes of the view (a redraw of the panel)", async () => {
    const { store, seen } = setUp(5);
    const delay = roundDelayMs(5, false);
    play(store);
    await vi.advanceTimersByTimeAsync(delay / 2);
    // What redraws the entity panel: another entity, the ego view, a filter; and a hover.
    store.dispatch({ type: "select", item: { kind: "entity", id: "oracle" } });
    store.dispatch({ type: "setEgo", id: "oracle" });
    store.dispatch({ type: "setMinAmount", minAmountUsd: 1e9 });
    store.dispatch({ type: "hover", item: { kind: "entity", id: "nvidia" } });
    await vi.advanceTimersByTimeAsync(delay / 2);
    expect(store.getState().scenario).toMatchObject({ round: 1, playing: true });
    await vi.advanceTimersByTimeAsync(delay * 3);
    expect(store.getState().scenario).toMatchObject({ round: 4, playing: true });
    expect(seen.filter((entry) => entry.playing).map((entry) => entry.round)).toEqual([
      0, 0, 0, 0, 0, 1, 2, 3, 4,
    ]);
  });

  it("pauses on the round shown, and plays on from it", async () => {
    const { store } = setUp(5);
    const delay = roundDelayMs(5, false);
    play(store);
    await vi.advanceTimersByTimeAsync(2 * delay);
    store.dispatch(stopPlaying(store.getState())!);
    await vi.advanceTimersByTimeAsync(10 * delay);
    expect(store.getState().scenario).toMatchObject({ round: 2, playing: false });
    play(store);
    expect(store.getState().scenario).toMatchObject({ round: 2, playing: true });
    await vi.advanceTimersByTimeAsync(delay);
    expect(roundOf(store.getState())).toBe(3);
  });

  it("stops when the reader steps, changes the shocks or clears the scenario", async () => {
    const { store } = setUp(5);
    const delay = roundDelayMs(5, false);
    play(store);
    await vi.advanceTimersByTimeAsync(delay);
    store.dispatch({
      type: "setScenario",
      scenario: { ...store.getState().scenario!, round: 4, playing: false },
    });
    await vi.advanceTimersByTimeAsync(10 * delay);
    expect(roundOf(store.getState())).toBe(4);

    play(store);
    store.dispatch({
      type: "setScenario",
      scenario: withShock(store.getState().scenario, "oracle", 0.5),
    });
    expect(store.getState().scenario).toMatchObject({ round: null, playing: false });
    await vi.advanceTimersByTimeAsync(10 * delay);
    expect(store.getState().scenario).toMatchObject({ round: null, playing: false });

    play(store);
    store.dispatch({ type: "setScenario", scenario: null });
    await vi.advanceTimersByTimeAsync(10 * delay);
    expect(store.getState().scenario).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("ends at the final losses when the rounds get fewer mid-play (a filter change)", async () => {
    const { store, rounds } = setUp(10);
    const delay = roundDelayMs(10, false);
    play(store);
    await vi.advanceTimersByTimeAsync(4 * delay);
    expect(roundOf(store.getState())).toBe(4);
    rounds.last = 2;
    store.dispatch({ type: "setMinAmount", minAmountUsd: 1e9 });
    await vi.advanceTimersByTimeAsync(delay);
    expect(store.getState().scenario).toMatchObject({ round: null, playing: false });
  });

  it("holds each round still for longer under reduced motion", async () => {
    const { store } = setUp(3, true);
    play(store);
    await vi.advanceTimersByTimeAsync(ROUND_PLAY_DEFAULTS.reducedDelayMs - 1);
    expect(roundOf(store.getState())).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(roundOf(store.getState())).toBe(1);
  });

  it("plays a scenario that arrives already playing, and stops for good when disposed", async () => {
    const store = createStore({
      ...VIEW_STATE_DEFAULTS,
      scenario: { ...SCENARIO, round: 0, playing: true },
    });
    const dispose = mountRoundPlayer(store, { lastRound: () => 3, reducedMotion: () => false });
    const delay = roundDelayMs(3, false);
    await vi.advanceTimersByTimeAsync(delay);
    expect(roundOf(store.getState())).toBe(1);
    dispose();
    await vi.advanceTimersByTimeAsync(10 * delay);
    expect(store.getState().scenario).toMatchObject({ round: 1, playing: true });
    expect(vi.getTimerCount()).toBe(0);
  });

  it("starts from the shock when the final losses show, and does nothing without a scenario", () => {
    const state = { ...VIEW_STATE_DEFAULTS, scenario: { ...SCENARIO, round: null } };
    expect(startPlaying(state)).toEqual({
      type: "setScenario",
      scenario: { ...SCENARIO, round: 0, playing: true },
    });
    expect(stopPlaying(state)).toBeNull();
    expect(startPlaying(VIEW_STATE_DEFAULTS)).toBeNull();
    expect(stopPlaying(VIEW_STATE_DEFAULTS)).toBeNull();
  });
});
