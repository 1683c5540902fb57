import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeCentrality } from "../../server/analysis/centrality.js";
import { InvalidOptionError } from "../../server/analysis/errors.js";
import { arbitraryDataset } from "../fixtures/arbitrary-dataset.js";
import { datasetOf, deal, flowOf } from "../fixtures/build-dataset.js";
import { denseFlow } from "./dense-flow.js";

/** PageRank by plain power iteration: dangling mass spread uniformly, W-weighted transitions. */
function pageRankOracle(W: number[][], alpha = 0.85): number[] {
  const n = W.length;
  const out = W.map((row) => row.reduce((s, v) => s + v, 0));
  let x = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < 5000; it++) {
    const dangling = x.reduce((s, v, i) => s + (out[i]! > 0 ? 0 : v), 0);
    const next = new Array<number>(n).fill((1 - alpha) / n + (alpha * dangling) / n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++)
        if (W[i]![j]! > 0) next[j]! += (alpha * x[i]! * W[i]![j]!) / out[i]!;
    x = next;
  }
  return x;
}

/** Betweenness by counting shortest paths: BFS from every source gives hop distances and path counts. */
function betweennessOracle(W: number[][]): number[] {
  const n = W.length;
  const dist: number[][] = [];
  const count: number[][] = [];
  for (let s = 0; s < n; s++) {
    const d = new Array<number>(n).fill(Number.POSITIVE_INFINITY);
    const c = new Array<number>(n).fill(0);
    d[s] = 0;
    c[s] = 1;
    const queue = [s];
    for (let q = 0; q < queue.length; q++) {
      const u = queue[q]!;
      for (let v = 0; v < n; v++) {
        if (!(W[u]![v]! > 0)) continue;
        if (d[v] === Number.POSITIVE_INFINITY) {
          d[v] = d[u]! + 1;
          queue.push(v);
        }
        if (d[v] === d[u]! + 1) c[v]! += c[u]!;
      }
    }
    dist.push(d);
    count.push(c);
  }
  const result = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++)
    for (let t = 0; t < n; t++)
      for (let v = 0; v < n; v++) {
        if (s === t || v === s || v === t || !Number.isFinite(dist[s]![t]!)) continue;
        if (dist[s]![v]! + dist[v]![t]! === dist[s]![t]!)
          result[v]! += (count[s]![v]! * count[v]![t]!) / count[s]![t]!;
      }
  return result.map((b) => (n > 2 ? b / ((n - 1) * (n - 2)) : b));
}

describe("computeCentrality", () => {
  it("ranks a hand-solved star: a hub between every pair has betweenness 1", () => {
    // x → hub, hub → y: the only path x → y passes through hub: betweenness (1 pair)/((3−1)(3−2)) = 0.5.
    const data = datasetOf(
      ["hub", "x", "y"],
      [deal("d1", "x", "hub", 10), deal("d2", "hub", "y", 10)],
    );
    const rows = computeCentrality(flowOf(data));
    expect(rows.map((r) => r.id)).toEqual(["hub", "x", "y"]);
    expect(rows[0]!.betweenness).toBeCloseTo(0.5, 12);
    expect(rows[1]!.betweenness).toBe(0);
    expect(rows.reduce((s, r) => s + r.pageRank, 0)).toBeCloseTo(1, 10);
    expect(rows[2]!.pageRank).toBeGreaterThan(rows[0]!.pageRank);
  });

  it("matches power-iteration PageRank and brute-force betweenness on random multigraphs", () => {
    fc.assert(
      fc.property(arbitraryDataset({ amounts: "mixed" }), (data) => {
        const rows = computeCentrality(flowOf(data));
        const { W, ids } = denseFlow(data, () => true);
        const ranks = pageRankOracle(W);
        const between = betweennessOracle(W);
        expect(rows.map((r) => r.id)).toEqual(ids);
        rows.forEach((row, i) => {
          expect(row.pageRank).toBeCloseTo(ranks[i]!, 9);
          expect(row.betweenness).toBeCloseTo(between[i]!, 9);
        });
      }),
    );
  });

  it("rejects a damping factor outside (0, 1)", () => {
    expect(() => computeCentrality(flowOf({ entities: [], deals: [] }), { alpha: 1 })).toThrow(
      InvalidOptionError,
    );
  });
});
