import type { Deal } from "@engine";
import { describe, expect, it } from "vitest";
import {
  dealTerms,
  isFirmDeal,
  replacementsOf,
  uncommittedReasons,
} from "../../client/deal-terms.js";

const base: Deal = {
  id: "d",
  from: "a",
  to: "b",
  type: "equity",
  amountUsd: 1e9,
  amountBasis: "committed",
  date: "2025-01-01",
  status: "signed",
  sources: [],
};

describe("uncommittedReasons", () => {
  it("finds a signed, committed, unconditional equity deal firm", () => {
    expect(uncommittedReasons(base)).toEqual([]);
    expect(isFirmDeal({ ...base, status: "closed" })).toBe(true);
  });

  it("names every way a deal falls short of a firm commitment (SPEC §2.1)", () => {
    expect(uncommittedReasons({ ...base, amountBasis: "headline" })).toEqual(["headline"]);
    expect(uncommittedReasons({ ...base, amountBasis: "stake_value" })).toEqual(["stake value"]);
    expect(uncommittedReasons({ ...base, status: "announced" })).toEqual(["announced"]);
    expect(uncommittedReasons({ ...base, condition: "on IPO" })).toEqual(["conditional"]);
    expect(uncommittedReasons({ ...base, type: "warrant" })).toEqual(["warrant"]);
    expect(uncommittedReasons({ ...base, type: "backstop" })).toEqual(["backstop"]);
    expect(
      uncommittedReasons({ ...base, amountBasis: "estimate", status: "amended", condition: "x" }),
    ).toEqual(["estimate", "amended", "conditional"]);
  });
});

describe("dealTerms", () => {
  it("reads basis, status and a condition", () => {
    expect(dealTerms({ ...base, amountBasis: "headline", status: "announced" })).toBe(
      "headline · announced",
    );
    expect(dealTerms({ ...base, condition: "when 1 GW is deployed" })).toBe(
      "committed · signed · conditional",
    );
  });
});

describe("replacementsOf", () => {
  it("maps each superseded deal to the deals that name it, in data order", () => {
    const deals: Deal[] = [
      { ...base, id: "old" },
      { ...base, id: "new", supersedes: "old" },
      { ...base, id: "newer", supersedes: "new" },
      { ...base, id: "also", supersedes: "old" },
    ];
    const map = replacementsOf(deals);
    expect(map.get("old")).toEqual(["new", "also"]);
    expect(map.get("new")).toEqual(["newer"]);
    expect(map.has("newer")).toBe(false);
  });
});

describe("isFirmDeal", () => {
  it("is the engine's committed-view test, and has no reason against it exactly then", () => {
    const bases = ["committed", "headline", "estimate", "stake_value"] as const;
    const statuses = ["announced", "signed", "closed", "amended", "cancelled"] as const;
    const types = ["equity", "warrant", "backstop", "loan"] as const;
    for (const amountBasis of bases)
      for (const status of statuses)
        for (const type of types)
          for (const condition of [undefined, "on IPO"]) {
            const deal: Deal = {
              ...base,
              amountBasis,
              status,
              type,
              ...(condition ? { condition } : {}),
            };
            expect(uncommittedReasons(deal).length === 0).toBe(isFirmDeal(deal));
          }
  });
});
