import { describe, expect, it } from "vitest";
import type { PublisherTable } from "../../server/dataset/publisher-table.js";
import { sourceTier } from "../../server/dataset/source-tier.js";

const table: PublisherTable = {
  "reuters.com": { publisher: "Reuters", tier: "major" },
  "telegraphindia.com": { publisher: "The Telegraph India", tier: "major" },
  "mirror.example": { publisher: "Mirror", tier: "secondary" },
  "sec.gov": { publisher: "SEC EDGAR", tier: "primary" },
};

describe("sourceTier", () => {
  it("takes the tier of the host the page was read on", () => {
    expect(sourceTier({ url: "https://www.sec.gov/Archives/x.htm" }, table)).toEqual({
      tier: "primary",
      host: "sec.gov",
      site: "SEC EDGAR",
      originalKnown: null,
    });
  });

  it("takes the original publisher's tier for a copy, matched by name in any case", () => {
    const info = sourceTier(
      { url: "https://a.mirror.example/story", original: { publisher: " reuters " } },
      table,
    );
    expect(info).toEqual({
      tier: "major",
      host: "a.mirror.example",
      site: "Mirror",
      originalKnown: true,
    });
  });

  it("reads an original publisher with a trailing note in parentheses", () => {
    const info = sourceTier(
      { url: "https://mirror.example/x", original: { publisher: "Reuters (citing sources)" } },
      table,
    );
    expect(info).toMatchObject({ tier: "major", originalKnown: true });
  });

  it("falls back to the host's tier when the original publisher is unknown", () => {
    const info = sourceTier(
      { url: "https://mirror.example/x", original: { publisher: "Some Wire" } },
      table,
    );
    expect(info.tier).toBe("secondary");
    expect(info.originalKnown).toBe(false);
  });

  it("has no tier for an unknown host or a source without URL", () => {
    expect(sourceTier({ url: "https://unknown.test/x" }, table)).toMatchObject({
      tier: null,
      host: "unknown.test",
      site: null,
    });
    expect(sourceTier({ publisher: "Reuters" }, table)).toMatchObject({ tier: null, host: null });
  });

  it("still credits a known original when the page has no URL", () => {
    expect(sourceTier({ original: { publisher: "Reuters" } }, table).tier).toBe("major");
  });
});
