import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maxFlow, splitMaxFlow } from "../../server/analysis/max-flow.js";
import { residualNetwork } from "../../server/analysis/residual-network.js";
import { relativeClose } from "./relative-close.js";

/** A random network on n ≤ 8 nodes as an edge list (parallel edges allowed, no self-loops). */
const arbitraryNetwork = fc.integer({ min: 2, max: 8 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(
      fc.record({
        from: fc.integer({ min: 0, max: n - 1 }),
        to: fc.integer({ min: 0, max: n - 1 }),
        capacity: fc.oneof(
          fc.constant(0),
          fc.integer({ min: 1, max: 100 }),
          fc.double({ min: 1e-3, max: 1e12, noNaN: true }),
        ),
      }),
      { maxLength: 24 },
    ),
  }),
);

function toNetwork(n: number, edges: { from: number; to: number; capacity: number }[]) {
  const list = edges.filter((e) => e.from !== e.to).sort((a, b) => a.from - b.from);
  const offsets = new Int32Array(n + 1);
  for (const e of list) offsets[e.from + 1]!++;
  for (let u = 0; u < n; u++) offsets[u + 1]! += offsets[u]!;
  return {
    list,
    network: {
      n,
      offsets,
      targets: Int32Array.from(list, (e) => e.to),
      capacities: Float64Array.from(list, (e) => e.capacity),
    },
  };
}

/** Minimum s–t cut by enumerating every vertex subset containing s and not t. */
function bruteMinCut(
  n: number,
  list: { from: number; to: number; capacity: number }[],
  s: number,
  t: number,
) {
  let best = Number.POSITIVE_INFINITY;
  for (let mask = 0; mask < 1 << n; mask++) {
    if (!(mask & (1 << s)) || mask & (1 << t)) continue;
    let cut = 0;
    for (const e of list) if (mask & (1 << e.from) && !(mask & (1 << e.to))) cut += e.capacity;
    best = Math.min(best, cut);
  }
  return best;
}

describe("maxFlow", () => {
  it("finds the flow of a hand-solved network", () => {
    // 0 → 1 (3), 0 → 2 (2), 1 → 2 (5), 1 → 3 (2), 2 → 3 (3): max flow 5. Two minimum cuts of 5:
    // {0→1, 0→2} and {1→3, 2→3}; the residual-reachable source side {0} picks the first.
    const { network } = toNetwork(4, [
      { from: 0, to: 1, capacity: 3 },
      { from: 0, to: 2, capacity: 2 },
      { from: 1, to: 2, capacity: 5 },
      { from: 1, to: 3, capacity: 2 },
      { from: 2, to: 3, capacity: 3 },
    ]);
    const result = maxFlow(network, 0, 3);
    expect(result.value).toBe(5);
    expect(result.cutCapacity).toBe(5);
    expect([...result.cutEdges]).toEqual([0, 1]);
  });

  it("equals the minimum cut, which equals the brute-force minimum cut", () => {
    fc.assert(
      fc.property(arbitraryNetwork, fc.nat(), fc.nat(), ({ n, edges }, a, b) => {
        const s = a % n;
        const t = (s + 1 + (b % (n - 1))) % n;
        const { list, network } = toNetwork(n, edges);
        const result = maxFlow(network, s, t);
        const brute = bruteMinCut(n, list, s, t);
        expect(relativeClose(result.cutCapacity, brute)).toBe(true);
        expect(relativeClose(result.value, result.cutCapacity, 1e-9)).toBe(true);
        expect(result.sourceSide[s]).toBe(1);
        expect(result.sourceSide[t]).toBe(0);
        let cutSum = 0;
        for (const e of result.cutEdges) cutSum += network.capacities[e]!;
        expect(cutSum).toBe(result.cutCapacity);
      }),
      { numRuns: 400 },
    );
  });

  it("splits x into source and sink on one reused network exactly as on a fresh redirected copy", () => {
    fc.assert(
      fc.property(arbitraryNetwork, ({ n, edges }) => {
        const { list, network } = toNetwork(n, edges);
        const reused = residualNetwork(network);
        // Solve every x twice on the same build, in two orders: no state may leak between solves.
        const order = [...Array(n).keys(), ...Array.from({ length: n }, (_, k) => n - 1 - k)];
        for (const x of order) {
          const split = splitMaxFlow(reused, x);
          // The same network with x's in-edges moved to a new node n.
          const redirected = list.map((e) => ({ ...e, to: e.to === x ? n : e.to }));
          const fresh = maxFlow(toNetwork(n + 1, redirected).network, x, n);
          expect(split.value).toBe(fresh.value);
          expect(split.cutCapacity).toBe(fresh.cutCapacity);
          expect([...split.cutEdges]).toEqual([...fresh.cutEdges]);
          expect([...split.sourceSide]).toEqual([...fresh.sourceSide].slice(0, n));
          const brute = bruteMinCut(n + 1, redirected, x, n);
          expect(relativeClose(split.cutCapacity, brute)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
