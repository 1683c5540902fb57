import { buildFinancingGraph, type Dataset, type Deal } from "@engine";
import { describe, expect, it } from "vitest";
import { replacementOf } from "../../../client/deal-panel/replacement-of.js";
import { replacementsOf } from "../../../client/deal-terms.js";

function deal(id: string, supersedes?: string): Deal {
  return {
    id,
    from: "a",
    to: "b",
    type: "equity",
    amountUsd: 1,
    amountBasis: "committed",
    date: "2025-01-01",
    status: "signed",
    sources: [],
    ...(supersedes === undefined ? {} : { supersedes }),
  };
}

const dataset: Dataset = {
  entities: [
    { id: "a", name: "A", kind: "other" },
    { id: "b", name: "B", kind: "other" },
  ],
  deals: [deal("loi"), deal("stake", "loi"), deal("top-up", "stake"), deal("other")],
};
const graph = buildFinancingGraph(dataset);
const replacements = replacementsOf(dataset.deals);

describe("replacementOf", () => {
  it("is the drawn deal that supersedes it", () => {
    expect(replacementOf(graph, replacements, new Set(["stake"]), "loi")?.id).toBe("stake");
  });

  it("follows a chain when the direct replacement is not drawn", () => {
    expect(replacementOf(graph, replacements, new Set(["top-up"]), "loi")?.id).toBe("top-up");
  });

  it("is none before the replacement is dated in, or for a deal nobody replaced", () => {
    expect(replacementOf(graph, replacements, new Set(["loi", "other"]), "loi")).toBeNull();
    expect(replacementOf(graph, replacements, new Set(["stake", "other"]), "other")).toBeNull();
  });
});
