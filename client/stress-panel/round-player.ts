// Playing the contagion round by round: which round comes next, and how long each one stays on
// screen. Pure: the timer and the reduced-motion query live in the what-if section.

/** The round after `round` (null: the final losses, where play stops); play starts at round 0. */
export function nextPlayedRound(round: number | null, lastRound: number): number | null {
  if (round === null) return 0;
  return round + 1 > lastRound ? null : round + 1;
}

export const ROUND_PLAY_DEFAULTS = Object.freeze({
  /** Per round at most; long cascades go faster, so that a play lasts about `targetMs`. */
  maxDelayMs: 700,
  minDelayMs: 120,
  targetMs: 10_000,
  /** Under prefers-reduced-motion: each round holds still this long, however many there are. */
  reducedDelayMs: 2_000,
});

/** How long each round is shown while playing through `lastRound` rounds. */
export function roundDelayMs(lastRound: number, reducedMotion: boolean): number {
  const { maxDelayMs, minDelayMs, targetMs, reducedDelayMs } = ROUND_PLAY_DEFAULTS;
  if (reducedMotion) return reducedDelayMs;
  const rounds = Math.max(1, lastRound + 1);
  return Math.round(Math.min(maxDelayMs, Math.max(minDelayMs, targetMs / rounds)));
}
