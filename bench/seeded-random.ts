// A small seeded pseudo-random generator (SplitMix32-style mixing of a 32-bit counter) so that
// synthetic networks are identical for the same seed on every machine and Node version.
// Reference: Steele, Lea & Flood, "Fast splittable pseudorandom number generators" (OOPSLA 2014).

export interface SeededRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, bound). */
  int(bound: number): number;
}

/** A deterministic generator for a non-negative integer seed. */
export function createSeededRandom(seed: number): SeededRandom {
  let state = (seed >>> 0) ^ 0x9e3779b9;
  const next = (): number => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    z ^= z >>> 16;
    return (z >>> 0) / 4294967296;
  };
  return { next, int: (bound) => Math.floor(next() * bound) };
}
