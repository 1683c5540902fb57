import { describe, expect, it } from "vitest";
import { defaultCascade } from "../../server/analysis/default-cascade.js";
import { CHAIN, systemOf, TWO_CYCLE } from "./propagation-system.js";

const run = (A: number[][], C: number[], s: number[], recovery = 0) =>
  defaultCascade(systemOf(A, C), Float64Array.from(s), { recovery });

describe("defaultCascade", () => {
  it("defaults a creditor whose loss reaches its capital, round by round (chain)", () => {
    // a → b → c as in linearDebtRank: c fails (round 0); b loses 100 = C → defaults in round 1 (a tie:
    // L ≥ C); a loses 60 < 100 in round 2 and survives. rounds = 1 (the last round that added one).
    const p = run(CHAIN.A, CHAIN.capitalUsd, [0, 0, 1]);
    expect([...p.defaultRound]).toEqual([-1, 1, 0]);
    expect([...p.relativeLoss]).toEqual([0.6, 1, 1]);
    expect(p.rounds).toBe(1);
    expect(p.converged).toBe(true);
  });

  it("recovers part of the exposure: the same chain stops at b", () => {
    // recovery 0.4: b loses 0.6 · 100 = 60 < 100.
    const p = run(CHAIN.A, CHAIN.capitalUsd, [0, 0, 1], 0.4);
    expect([...p.defaultRound]).toEqual([-1, -1, 0]);
    expect(p.relativeLoss[1]).toBeCloseTo(0.6, 15);
    expect(p.relativeLoss[0]).toBe(0);
    expect(p.rounds).toBe(0);
  });

  it("adds the shock to the losses: 0.5 of capital plus an exposure of half the capital is a default", () => {
    // b: s = 0.5, C = 100, holds 50 on c; c fails: L(b) = 50 + 50 = 100 ≥ 100.
    const p = run(
      [
        [0, 0, 0],
        [0, 0, 50],
        [0, 0, 0],
      ],
      [100, 100, 10],
      [0, 0.5, 1],
    );
    expect(p.defaultRound[1]).toBe(1);
    expect(p.relativeLoss[1]).toBe(1);
  });

  it("passes nothing on without a default (a cycle with a partial shock)", () => {
    const p = run(TWO_CYCLE.A, TWO_CYCLE.capitalUsd, [0.5, 0]);
    expect([...p.relativeLoss]).toEqual([0.5, 0]);
    expect([...p.defaultRound]).toEqual([-1, -1]);
    expect(p.rounds).toBe(0);
  });

  it("spreads around a cycle until every member has defaulted", () => {
    // a ↔ b ↔ c ring of exposures 100 with capital 100 each: a fails, c (holds on a) in round 1, b in round 2.
    const p = run(
      [
        [0, 0, 0],
        [0, 0, 100],
        [100, 0, 0],
      ],
      [100, 100, 100],
      [1, 0, 0],
    );
    expect([...p.defaultRound]).toEqual([0, 2, 1]);
    expect(p.rounds).toBe(2);
  });

  it("defaults an entity without capital only when its shock is 1", () => {
    const p = run(
      [
        [0, 40],
        [0, 0],
      ],
      [0, 100],
      [0.5, 1],
    );
    expect(p.defaultRound[0]).toBe(-1);
    expect(p.relativeLoss[0]).toBe(0.5);
  });
});
