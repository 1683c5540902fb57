import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatEdgeList } from "../../bench/format-edge-list.js";
import { generateNetwork } from "../../bench/generate-network.js";
import { compareIds } from "../../server/analysis/build-financing-graph.js";
import { passesInclusionOptions, resolveInclusion } from "../../server/analysis/inclusion.js";
import type { Dataset } from "../../server/analysis/types.js";

/** Oracle: W as a map "i j" → sum, straight from the deals. */
function flowPairs(dataset: Dataset): Map<string, number> {
  const inclusion = resolveInclusion({});
  const ids = dataset.entities.map((e) => e.id).sort(compareIds);
  const index = new Map(ids.map((id, k) => [id, k]));
  const pairs = new Map<string, number>();
  for (const d of dataset.deals) {
    if (d.from === d.to || !passesInclusionOptions(d, inclusion)) continue;
    const key = `${index.get(d.from)} ${index.get(d.to)}`;
    pairs.set(key, (pairs.get(key) ?? 0) + (d.amountUsd ?? 0));
  }
  return pairs;
}

describe("formatEdgeList", () => {
  it("lists exactly the pairs of W with their sums", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("random" as const, "hub" as const),
        fc.integer({ min: 2, max: 30 }),
        fc.nat(1000),
        (shape, n, seed) => {
          const dataset = generateNetwork({ shape, n, m: Math.min(3 * n, n * (n - 1)), seed });
          const [header, ...lines] = formatEdgeList(dataset).trimEnd().split("\n");
          const expected = flowPairs(dataset);
          expect(header).toBe(`${n} ${expected.size}`);
          const got = new Map<string, number>();
          for (const line of lines) {
            const [i, j, w] = line.split(" ");
            got.set(`${i} ${j}`, Number(w));
          }
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("drops self-loops and collapses parallel deals", () => {
    const source = [{ url: "https://example.com" }];
    const deal = (id: string, from: string, to: string, amountUsd: number | null) => ({
      id,
      from,
      to,
      type: "equity" as const,
      amountUsd,
      amountBasis: "committed" as const,
      date: "2025",
      status: "signed" as const,
      sources: source,
    });
    const dataset: Dataset = {
      entities: ["b", "a"].map((id) => ({ id, name: id, kind: "other" as const })),
      deals: [deal("1", "a", "b", 5), deal("2", "a", "b", null), deal("3", "b", "b", 9)],
    };
    expect(formatEdgeList(dataset)).toBe("2 1\n0 1 5\n");
  });
});
