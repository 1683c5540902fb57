import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidOptionError, TimeBudgetError } from "../../server/analysis/errors.js";
import { computeRoundTripShares } from "../../server/analysis/round-trip-shares.js";
import { arbitraryDataset } from "../fixtures/arbitrary-dataset.js";
import {
  datasetOf,
  deal,
  flowOf,
  ringDataset,
  threeCompanyRing,
} from "../fixtures/build-dataset.js";
import {
  cmp,
  div,
  isZero,
  mul,
  ONE,
  type Rational,
  solveExact,
  sub,
  toNumber,
  ZERO,
} from "./exact-rational.js";
import { relativeClose } from "./relative-close.js";
import { exactFlow, exactShare, reachingX } from "./round-trip-oracle.js";

describe("computeRoundTripShares", () => {
  it("solves the two-company example by hand", () => {
    // a → b 100, b → a 60. θ(b) = 60/100, so h(b) = 0.6 and r(a) = 0.6 (60 of a's 100 return).
    // b's 60 reach a, θ(a) = min(1, 100/60) = 1, h(a) = 1: r(b) = 1.
    const flow = flowOf(
      datasetOf(["a", "b"], [deal("d1", "a", "b", 100), deal("d2", "b", "a", 60)]),
    );
    const { share, returnProbability } = computeRoundTripShares(flow);
    expect(share[0]).toBeCloseTo(0.6, 15);
    expect(share[1]).toBe(1);
    // Finn: θ(a)·r(a) = 1·0.6; θ(b)·r(b) = 0.6·1.
    expect(returnProbability[0]).toBeCloseTo(0.6, 15);
    expect(returnProbability[1]).toBeCloseTo(0.6, 15);
  });

  it("solves the three-company ring by hand", () => {
    // nvidia → openai 100, openai → oracle 300, oracle → nvidia 40.
    // θ(openai) = 1, θ(oracle) = 40/300, θ(nvidia) = 1.
    // r(nvidia) = 1 · 40/300 = 2/15; r(openai) = 40/300 · 1 = 2/15; r(oracle) = 1 · 1 = 1.
    const flow = flowOf(datasetOf(["nvidia", "openai", "oracle"], threeCompanyRing()));
    const { share } = computeRoundTripShares(flow);
    expect(share[0]).toBeCloseTo(2 / 15, 15);
    expect(share[1]).toBeCloseTo(2 / 15, 15);
    expect(share[2]).toBeCloseTo(1, 15);
  });

  it("gives 1 on a closed balanced ring, where I − P is singular", () => {
    const flow = flowOf(ringDataset(4, () => 5));
    const { share, returnProbability } = computeRoundTripShares(flow);
    expect([...share]).toEqual([1, 1, 1, 1]);
    expect([...returnProbability]).toEqual([1, 1, 1, 1]);
  });

  it("is zero everywhere, without NaN, when every amount is undisclosed", () => {
    const flow = flowOf(
      datasetOf(["a", "b"], [deal("d1", "a", "b", null), deal("d2", "b", "a", null)]),
    );
    const { share, returnProbability } = computeRoundTripShares(flow);
    expect([...share, ...returnProbability]).toEqual([0, 0, 0, 0]);
  });

  it("handles the empty graph", () => {
    const { share } = computeRoundTripShares(flowOf({ entities: [], deals: [] }));
    expect(share.length).toBe(0);
  });

  const cases = [
    { amounts: "integer", options: {}, label: "dense" },
    { amounts: "wide", options: {}, label: "dense" },
    { amounts: "mixed", options: {}, label: "dense" },
    { amounts: "integer", options: { denseLimit: 0 }, label: "iterative" },
    { amounts: "mixed", options: { fillLimit: 0 }, label: "iterative" },
    { amounts: "mixed", options: { denseLimit: 0 }, label: "iterative" },
    // Wide ranges make near-closed loops where Gauss–Seidel crawls: converged ⇒ exact, else reported.
    {
      amounts: "wide",
      options: { denseLimit: 0, maxIterations: 3_000 },
      label: "iterative, capped",
    },
  ] as const;
  for (const { amounts, options, label } of cases) {
    it(`matches the exact oracle to 1e-9 (${amounts} amounts, ${label})`, () => {
      fc.assert(
        fc.property(arbitraryDataset({ amounts, maxEntities: 7, maxDeals: 16 }), (data) => {
          const flow = flowOf(data);
          const exact = exactFlow(data);
          const { share, returnProbability, unconverged, method } = computeRoundTripShares(
            flow,
            options,
          );
          if (label !== "iterative, capped") expect(unconverged).toEqual([]);
          for (let x = 0; x < flow.n; x++) {
            if (method[x] === "none") expect(share[x]).toBe(0);
            else expect(method[x]).toBe(label === "dense" ? "dense" : "iterative");
          }
          for (let x = 0; x < flow.n; x++) {
            expect(Number.isNaN(share[x])).toBe(false);
            expect(share[x]).toBeGreaterThanOrEqual(0);
            expect(share[x]).toBeLessThanOrEqual(1);
            if (unconverged.includes(flow.ids[x]!)) continue;
            const expected = exactShare(exact, x);
            expect(relativeClose(share[x]!, toNumber(expected))).toBe(true);
            // θ(x)·r(x) = r(x)·out(x) / T(x).
            const f = isZero(exact.T[x]!) ? ZERO : div(mul(expected, exact.out[x]!), exact.T[x]!);
            expect(relativeClose(returnProbability[x]!, toNumber(f))).toBe(true);
          }
        }),
        { numRuns: 150 },
      );
    });
  }

  it("refuses a negative or fractional fillLimit with InvalidOptionError", () => {
    const flow = flowOf(datasetOf([], []));
    expect(() => computeRoundTripShares(flow, { fillLimit: -1 })).toThrow(InvalidOptionError);
    expect(() => computeRoundTripShares(flow, { fillLimit: 0.5 })).toThrow(InvalidOptionError);
  });

  it("is zero exactly for an entity on no cycle of money", () => {
    fc.assert(
      fc.property(arbitraryDataset({ amounts: "mixed" }), (data) => {
        const flow = flowOf(data);
        const exact = exactFlow(data);
        const { share } = computeRoundTripShares(flow);
        for (let x = 0; x < flow.n; x++) {
          const onCycle = reachingX(exact, x).some((j) => cmp(exact.W[x]![j]!, ZERO) > 0);
          if (!onCycle) expect(share[x]).toBe(0);
          else expect(share[x]).toBeGreaterThan(0);
        }
      }),
    );
  });

  it("agrees with Finn's form: θ(x)·r(x) = 1 − 1/N[x][x], N = (I − P)⁻¹ (exact)", () => {
    fc.assert(
      fc.property(arbitraryDataset({ amounts: "integer", maxEntities: 5 }), (data) => {
        const exact = exactFlow(data);
        const n = exact.n;
        const A = exact.P.map((row, i) => row.map((p, j) => sub(i === j ? ONE : ZERO, p)));
        let columns: Rational[][];
        try {
          columns = exact.ids.map((_, x) =>
            solveExact(
              A,
              exact.ids.map((__, i) => (i === x ? ONE : ZERO)),
            ),
          );
        } catch {
          return; // singular: a closed balanced component, where N does not exist
        }
        for (let x = 0; x < n; x++) {
          const r = exactShare(exact, x);
          const f = isZero(exact.T[x]!) ? ZERO : div(mul(r, exact.out[x]!), exact.T[x]!);
          const finn = sub(ONE, div(ONE, columns[x]![x]!));
          expect(cmp(f, finn)).toBe(0);
        }
      }),
    );
  });
});

describe("computeRoundTripShares within a time budget", () => {
  const ring = (n: number) => flowOf(ringDataset(n));

  it("stops before a component once the exposure budget is spent (exact and iterative solves)", () => {
    for (const denseLimit of [Number.POSITIVE_INFINITY, 0]) {
      expect(() => computeRoundTripShares(ring(20), { exposureBudgetMs: 0, denseLimit })).toThrow(
        TimeBudgetError,
      );
    }
    expect(() => computeRoundTripShares(ring(20), { exposureBudgetMs: 0 })).toThrow(
      /^computeRoundTripShares: the round-trip shares of the entities on a cycle did not finish within the time budget of 0 ms \(exposureBudgetMs\): 0 of 20 done$/,
    );
  });

  it("stops inside one large component's elimination, not only between components (injected clock)", () => {
    // Issue 16: a 20,000-entity ring is one component, and its exact elimination ran to the end
    // past the budget. A clock that advances 1 ms each time it is read: a budget of 40 ms is
    // spent after 40 reads, well inside one component's elimination (one read per step), dense
    // (300 members) and sparse (6,000 > GTH_DENSE_STORAGE_LIMIT) storage alike.
    for (const n of [300, 6_000]) {
      let t = 0;
      const tick = () => t++;
      expect(() => computeRoundTripShares(ring(n), { exposureBudgetMs: 40 }, 0, tick)).toThrow(
        new RegExp(
          `^computeRoundTripShares: the round-trip shares of the entities on a cycle did not finish within the time budget of 40 ms \\(exposureBudgetMs\\): 0 of ${n.toLocaleString("en-US")} done$`,
        ),
      );
      expect(t).toBe(41);
    }
    // The same clock with a budget that suffices: the same answer as without one.
    let t = 0;
    expect(computeRoundTripShares(ring(300), { exposureBudgetMs: 1e9 }, 0, () => t++)).toEqual(
      computeRoundTripShares(ring(300)),
    );
    expect(t).toBeGreaterThan(600);
  });

  it("answers as without a budget when it suffices; rejects a budget outside its domain", () => {
    expect(computeRoundTripShares(ring(20), { exposureBudgetMs: 60_000 })).toEqual(
      computeRoundTripShares(ring(20)),
    );
    for (const exposureBudgetMs of [-1, Number.NaN]) {
      expect(() => computeRoundTripShares(ring(3), { exposureBudgetMs })).toThrow(
        /expected exposureBudgetMs ≥ 0/,
      );
    }
  });
});
