// computeRoundTripShares at scale: rings far beyond a property test's size (the slow tier).

import { describe, expect, it } from "vitest";
import { computeRoundTripShare } from "../../server/analysis/round-trip-share.js";
import { computeRoundTripShares } from "../../server/analysis/round-trip-shares.js";
import { datasetOf, deal, flowOf } from "../fixtures/build-dataset.js";
import { relativeClose } from "./relative-close.js";

describe("computeRoundTripShares on 20,000-company rings", () => {
  // Rings far beyond dense storage, solved exactly on sparse storage (no iterative fallback).
  const RING = 20_000;
  const ringIds = Array.from({ length: RING }, (_, k) => `e${String(k).padStart(5, "0")}`);
  const ringDeals = (amount: (k: number) => number) =>
    ringIds.map((id, k) => deal(`r${k}`, id, ringIds[(k + 1) % RING]!, amount(k)));

  it("gives 1 to everyone on a 20,000-company ring of equal amounts, exactly (no iteration)", () => {
    const { share, returnProbability, unconverged, method } = computeRoundTripShares(
      flowOf(
        datasetOf(
          ringIds,
          ringDeals(() => 7),
        ),
      ),
    );
    expect(unconverged).toEqual([]);
    expect(new Set(method)).toEqual(new Set(["dense"]));
    for (let x = 0; x < RING; x++) {
      expect(relativeClose(share[x]!, 1)).toBe(true);
      expect(relativeClose(returnProbability[x]!, 1)).toBe(true);
    }
  });

  it("gets every share of a 20,000-company ring of varying amounts by hand", () => {
    // a_k = 100 + k mod 1000 on k → k+1: θ(k) = a_k / max(a_{k−1}, a_k) is 1 except after each
    // drop, and a dollar of x returns through every other company: r(x) = Π_{j≠x} θ(j).
    const amount = (k: number) => 100 + (k % 1000);
    const theta = ringIds.map((_, k) => {
      const out = amount(k);
      return out / Math.max(amount((k + RING - 1) % RING), out);
    });
    const all = theta.reduce((product, value) => product * value, 1);
    const { share, unconverged, method } = computeRoundTripShares(
      flowOf(datasetOf(ringIds, ringDeals(amount))),
    );
    expect(unconverged).toEqual([]);
    expect(new Set(method)).toEqual(new Set(["dense"]));
    expect(all).toBeGreaterThan(1e-30);
    for (let x = 0; x < RING; x++) expect(relativeClose(share[x]!, all / theta[x]!)).toBe(true);
  });

  it("agrees on a 20,000-company ring with chords with the single-entity and iterative paths", () => {
    const chords = [];
    for (let k = 0; k < RING; k += 7) {
      const to = (k + 3 + ((k * 7919) % 41)) % RING;
      chords.push(deal(`c${k}`, ringIds[k]!, ringIds[to]!, 1 + ((k * 31) % 5)));
    }
    const flow = flowOf(datasetOf(ringIds, [...ringDeals((k) => 1_000 + (k % 1_000)), ...chords]));
    const { share, unconverged, method } = computeRoundTripShares(flow);
    expect(unconverged).toEqual([]);
    expect(new Set(method)).toEqual(new Set(["dense"]));
    for (let x = 0; x < RING; x += 1_999) {
      const single = computeRoundTripShare(flow, ringIds[x]!);
      expect(single.method).toBe("dense");
      expect(share[x]).toBeGreaterThan(1e-12);
      expect(relativeClose(share[x]!, single.share)).toBe(true);
    }
    for (const x of [0, 12_345]) {
      const iterative = computeRoundTripShare(flow, ringIds[x]!, { denseLimit: 0 });
      expect(iterative).toMatchObject({ method: "iterative", converged: true });
      expect(relativeClose(share[x]!, iterative.share, 1e-9)).toBe(true);
    }
  });
});
