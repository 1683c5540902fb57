// A seeded PRNG (mulberry32): the layout is the same picture on every load, and the benchmarks'
// synthetic networks are the same on every machine for the same seed.
// Reference: Tommy Ettinger, "Mulberry32" (2017), public domain.

/** Returns a function giving floats in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in [0, bound) drawn from `random`. */
export function randomInt(random: () => number, bound: number): number {
  return Math.floor(random() * bound);
}

/** FNV-1a hash of a string, to seed per-dataset. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
