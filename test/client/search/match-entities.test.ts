import type { Entity } from "@engine";
import { describe, expect, it } from "vitest";
import { matchEntities } from "../../../client/search/match-entities.js";

const entities: Entity[] = [
  { id: "openai", name: "OpenAI", kind: "ai_lab" },
  { id: "oracle", name: "Oracle", kind: "hyperscaler", ticker: "ORCL" },
  { id: "google", name: "Google (Alphabet)", kind: "hyperscaler", ticker: "GOOGL" },
  { id: "nestle", name: "Société Générale", kind: "lender" },
];

describe("matchEntities", () => {
  it("ranks name prefixes before word prefixes before substrings", () => {
    expect(matchEntities(entities, "o").map((e) => e.id)).toEqual([
      "openai",
      "oracle",
      "google",
      "nestle",
    ]);
    expect(matchEntities(entities, "alph").map((e) => e.id)).toEqual(["google"]);
  });

  it("matches tickers, ignores case and accents, and returns nothing for a blank query", () => {
    expect(matchEntities(entities, "orcl").map((e) => e.id)).toEqual(["oracle"]);
    expect(matchEntities(entities, "SOCIETE").map((e) => e.id)).toEqual(["nestle"]);
    expect(matchEntities(entities, "   ")).toEqual([]);
  });

  it("stops at the limit", () => {
    expect(matchEntities(entities, "o", 2)).toHaveLength(2);
  });
});
