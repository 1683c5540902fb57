import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateNetwork } from "../../bench/generate-network.js";
import { passesInclusionOptions, resolveInclusion } from "../../server/analysis/inclusion.js";
import { validateDataset } from "../../server/dataset/validate-dataset.js";

const pairsOf = (deals: readonly { from: string; to: string }[]) =>
  deals.map((d) => `${d.from}\u0000${d.to}`);

describe("generateNetwork", () => {
  it("produces a valid dataset with the requested numbers of entities and deals", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("random" as const, "hub" as const),
        fc.integer({ min: 2, max: 40 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat(1000),
        (shape, n, fill, seed) => {
          const m = Math.floor(fill * n * (n - 1));
          const dataset = generateNetwork({ shape, n, m, seed });
          const result = validateDataset(JSON.parse(JSON.stringify(dataset)));
          expect(result.errors).toEqual([]);
          expect(dataset.entities).toHaveLength(n);
          expect(dataset.deals).toHaveLength(m);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("is deterministic per seed and differs between seeds", () => {
    for (const shape of ["random", "hub"] as const) {
      const a = JSON.stringify(generateNetwork({ shape, n: 200, m: 800, seed: 7 }));
      const b = JSON.stringify(generateNetwork({ shape, n: 200, m: 800, seed: 7 }));
      const c = JSON.stringify(generateNetwork({ shape, n: 200, m: 800, seed: 8 }));
      expect(a).toBe(b);
      expect(a).not.toBe(c);
    }
  });

  it("gives random networks distinct pairs, no self-loops and only included deals", () => {
    const inclusion = resolveInclusion({});
    for (const [n, m] of [
      [50, 200],
      [30, 800],
      [12, 132],
    ] as const) {
      const { deals } = generateNetwork({ shape: "random", n, m, seed: 3 });
      const pairs = pairsOf(deals);
      expect(new Set(pairs).size).toBe(m);
      expect(deals.every((d) => d.from !== d.to)).toBe(true);
      expect(deals.every((d) => passesInclusionOptions(d, inclusion))).toBe(true);
    }
  });

  it("gives hub networks a few giants, parallel deals and some deals excluded by default", () => {
    const n = 2000;
    const { deals } = generateNetwork({ shape: "hub", n, m: 8000, seed: 11 });
    const degree = new Map<string, number>();
    for (const d of deals) {
      degree.set(d.from, (degree.get(d.from) ?? 0) + 1);
      degree.set(d.to, (degree.get(d.to) ?? 0) + 1);
    }
    const sorted = [...degree.values()].sort((a, b) => b - a);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    expect(sorted[0]!).toBeGreaterThan(50 * median);
    expect(new Set(pairsOf(deals)).size).toBeLessThan(deals.length);
    const inclusion = resolveInclusion({});
    expect(deals.some((d) => !passesInclusionOptions(d, inclusion))).toBe(true);
    expect(deals.some((d) => d.amountUsd === null)).toBe(true);
  });

  it("rejects impossible sizes", () => {
    expect(() => generateNetwork({ n: 3, m: 7 })).toThrow(RangeError);
    expect(() => generateNetwork({ n: 1, m: 0 })).toThrow(RangeError);
    expect(() => generateNetwork({ n: 10, m: -1 })).toThrow(RangeError);
  });
});
