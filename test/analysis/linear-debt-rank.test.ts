import { describe, expect, it } from "vitest";
import { linearDebtRank } from "../../server/analysis/linear-debt-rank.js";
import { CHAIN, ONE_EXPOSURE, systemOf, TWO_CYCLE } from "./propagation-system.js";

const BOUNDS = { tolerance: 1e-12, maxRounds: 10_000 };
const run = (A: number[][], C: number[], s: number[], bounds = BOUNDS) =>
  linearDebtRank(systemOf(A, C), Float64Array.from(s), bounds);

describe("linearDebtRank", () => {
  it("passes a failure on in proportion to exposure over capital (two companies)", () => {
    // a holds 50 on b; C(a) = 100. b fails: h_a(1) = 50/100 · 1 = 0.5; round 2 changes nothing.
    const p = run(ONE_EXPOSURE.A, ONE_EXPOSURE.capitalUsd, [0, 1]);
    expect([...p.relativeLoss]).toEqual([0.5, 1]);
    expect(p.rounds).toBe(2);
    expect(p.converged).toBe(true);
    expect([...p.defaultRound]).toEqual([-1, 0]);
  });

  it("passes a partial shock on in proportion (a capital loss devalues what b owes)", () => {
    // b loses 40 %: a loses 0.4 · 50 / 100 = 0.2.
    const p = run(ONE_EXPOSURE.A, ONE_EXPOSURE.capitalUsd, [0, 0.4]);
    expect(p.relativeLoss[0]).toBeCloseTo(0.2, 15);
    expect(p.relativeLoss[1]).toBe(0.4);
  });

  it("propagates down a chain one hop per round, capped at 1", () => {
    // a → b → c (a exposed to b 60, b exposed to c 100), capital 100 each; c fails.
    // Round 1: h_b = 1 (defaults in round 1), h_a = 0.6 · h_b(0) = 0; round 2: h_a = 0.6; round 3: no change.
    const p = run(CHAIN.A, CHAIN.capitalUsd, [0, 0, 1]);
    expect([...p.relativeLoss]).toEqual([0.6, 1, 1]);
    expect([...p.defaultRound]).toEqual([-1, 1, 0]);
    expect(p.rounds).toBe(3);
  });

  it("converges on a cycle to the fixed point of the linear map", () => {
    // h_a = 0.5 + 0.5 h_b, h_b = 0.5 h_a → h_a = 2/3, h_b = 1/3 (within the 1e-12 tolerance).
    const p = run(TWO_CYCLE.A, TWO_CYCLE.capitalUsd, [0.5, 0]);
    expect(Math.abs(p.relativeLoss[0]! - 2 / 3)).toBeLessThan(1e-11);
    expect(Math.abs(p.relativeLoss[1]! - 1 / 3)).toBeLessThan(1e-11);
    expect(p.converged).toBe(true);
    expect(p.rounds).toBeGreaterThan(30);
  });

  it("reports converged: false when the round cap cuts the iteration", () => {
    const p = run(TWO_CYCLE.A, TWO_CYCLE.capitalUsd, [0.5, 0], { tolerance: 1e-12, maxRounds: 5 });
    expect(p.converged).toBe(false);
    expect(p.rounds).toBe(5);
  });

  it("defaults exactly when the loss equals the capital (the tie)", () => {
    // a holds 100 on b with capital 100: h_a = 1 exactly, a default in round 1.
    const p = run(
      [
        [0, 100],
        [0, 0],
      ],
      [100, 50],
      [0, 1],
    );
    expect(p.relativeLoss[0]).toBe(1);
    expect(p.defaultRound[0]).toBe(1);
  });

  it("keeps h = s for an entity without capital, and passes s on", () => {
    // b has no capital and is shocked 0.5; a holds 40 on b (C 100): h_a = 0.2. b's own 10 on a is ignored.
    const p = run(
      [
        [0, 40],
        [10, 0],
      ],
      [100, 0],
      [0, 0.5],
    );
    expect(p.relativeLoss[1]).toBe(0.5);
    expect(p.relativeLoss[0]).toBeCloseTo(0.2, 15);
  });

  it("stops after one round when nothing is shocked", () => {
    const p = run(
      [
        [0, 40],
        [10, 0],
      ],
      [100, 100],
      [0, 0],
    );
    expect([...p.relativeLoss]).toEqual([0, 0]);
    expect(p.rounds).toBe(1);
  });
});
