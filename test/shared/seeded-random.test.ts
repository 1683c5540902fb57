import { describe, expect, it } from "vitest";
import { hashString, randomInt, seededRandom } from "../../shared/seeded-random.js";

describe("seededRandom", () => {
  it("repeats its sequence for a seed and stays in [0, 1)", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    for (let i = 0; i < 100; i++) {
      const value = a();
      expect(value).toBe(b());
      expect(value >= 0 && value < 1).toBe(true);
    }
  });

  it("seeds differ for different strings", () => {
    expect(hashString("a")).not.toBe(hashString("b"));
    expect(seededRandom(hashString("a"))()).not.toBe(seededRandom(hashString("b"))());
  });

  it("draws integers in [0, bound) that reach both ends", () => {
    const random = seededRandom(7);
    const seen = new Set<number>();
    for (let i = 0; i < 1_000; i++) {
      const k = randomInt(random, 5);
      expect(Number.isInteger(k) && k >= 0 && k < 5).toBe(true);
      seen.add(k);
    }
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4]);
  });
});
