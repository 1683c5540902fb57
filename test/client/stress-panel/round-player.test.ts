import { describe, expect, it } from "vitest";
import {
  nextPlayedRound,
  ROUND_PLAY_DEFAULTS,
  roundDelayMs,
} from "../../../client/stress-panel/round-player.js";

describe("nextPlayedRound", () => {
  it("plays from the shock through every round to the final losses, then stops", () => {
    const seen: (number | null)[] = [];
    let round: number | null = nextPlayedRound(null, 3);
    while (round !== null) {
      seen.push(round);
      round = nextPlayedRound(round, 3);
    }
    expect(seen).toEqual([0, 1, 2, 3]);
    expect(nextPlayedRound(0, 0)).toBeNull();
  });
});

describe("roundDelayMs", () => {
  it("holds short cascades at the slowest pace and speeds up long ones, within bounds", () => {
    expect(roundDelayMs(5, false)).toBe(ROUND_PLAY_DEFAULTS.maxDelayMs);
    expect(roundDelayMs(199, false)).toBe(ROUND_PLAY_DEFAULTS.minDelayMs);
    expect(roundDelayMs(39, false)).toBe(250);
  });

  it("keeps each round still for longer when the reader asks for reduced motion", () => {
    for (const last of [0, 5, 199]) {
      expect(roundDelayMs(last, true)).toBe(ROUND_PLAY_DEFAULTS.reducedDelayMs);
      expect(roundDelayMs(last, true)).toBeGreaterThan(roundDelayMs(last, false));
    }
  });
});
