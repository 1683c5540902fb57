import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findPublisher } from "../../server/dataset/find-publisher.js";
import type { PublisherTable } from "../../server/dataset/publisher-table.js";

const table: PublisherTable = {
  "reuters.com": { publisher: "Reuters", tier: "major" },
  "example.com": { publisher: "Example", tier: "secondary" },
  "news.example.com": { publisher: "Example News", tier: "major" },
  "sec.gov": { publisher: "SEC EDGAR", tier: "primary" },
};

describe("findPublisher", () => {
  it("matches a host exactly", () => {
    expect(findPublisher(table, "reuters.com")).toEqual({
      host: "reuters.com",
      publisher: "Reuters",
      tier: "major",
    });
  });

  it("matches a subdomain by its parent domain", () => {
    expect(findPublisher(table, "markets.reuters.com")?.host).toBe("reuters.com");
    expect(findPublisher(table, "a.b.sec.gov")?.publisher).toBe("SEC EDGAR");
  });

  it("prefers the longest matching suffix", () => {
    expect(findPublisher(table, "news.example.com")?.publisher).toBe("Example News");
    expect(findPublisher(table, "live.news.example.com")?.publisher).toBe("Example News");
    expect(findPublisher(table, "shop.example.com")?.publisher).toBe("Example");
  });

  it("ignores case, a leading www. and a trailing dot", () => {
    expect(findPublisher(table, "WWW.Reuters.COM.")?.host).toBe("reuters.com");
  });

  it("never matches on a partial label", () => {
    expect(findPublisher(table, "notreuters.com")).toBeNull();
    expect(findPublisher(table, "reuters.com.evil.net")).toBeNull();
    expect(findPublisher(table, "com")).toBeNull();
  });

  it("does not read inherited keys", () => {
    expect(findPublisher(table, "constructor")).toBeNull();
    expect(findPublisher({}, "x.__proto__")).toBeNull();
  });

  it("agrees with a brute-force scan over every key", () => {
    const label = fc.constantFrom("a", "b", "c", "ab", "x1");
    const host = fc.array(label, { minLength: 2, maxLength: 4 }).map((l) => l.join("."));
    fc.assert(
      fc.property(fc.uniqueArray(host, { maxLength: 8 }), host, (keys, query) => {
        const t: PublisherTable = Object.fromEntries(
          keys.map((k) => [k, { publisher: `P ${k}`, tier: "secondary" as const }]),
        );
        const oracle = keys
          .filter((k) => query === k || query.endsWith(`.${k}`))
          .sort((a, b) => b.length - a.length)[0];
        expect(findPublisher(t, query)?.host ?? null).toBe(oracle ?? null);
      }),
    );
  });
});
