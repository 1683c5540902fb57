import { describe, expect, it } from "vitest";
import { describeSource } from "../../../client/deal-panel/describe-source.js";
import type { PublisherTable } from "../../../server/dataset/publisher-table.js";

const table: PublisherTable = {
  "reuters.com": { publisher: "Reuters", tier: "major" },
  "telegraphindia.com": { publisher: "The Telegraph India", tier: "major" },
  "copies.example": { publisher: "Copies", tier: "secondary" },
  "sec.gov": { publisher: "SEC EDGAR", tier: "primary" },
};

describe("describeSource", () => {
  it("credits the original publisher first for a copy, and takes its tier", () => {
    const d = describeSource(
      {
        url: "https://copies.example/x",
        publisher: "Copies",
        title: "Deal signed",
        date: "2025-10-28",
        original: { publisher: "Reuters" },
      },
      table,
    );
    expect(d).toEqual({
      title: "Deal signed",
      credit: "Reuters, via Copies",
      date: "2025-10-28",
      tier: "major",
    });
  });

  it("names the site from the table when the source gives no publisher", () => {
    const d = describeSource(
      { url: "https://www.sec.gov/Archives/a.htm", title: "Form 8-K" },
      table,
    );
    expect(d).toMatchObject({ credit: "SEC EDGAR", tier: "primary" });
  });

  it("uses the credit as the title when there is none, without repeating it", () => {
    const d = describeSource({ url: "https://www.reuters.com/a", publisher: "Reuters" }, table);
    expect(d).toEqual({ title: "Reuters", credit: null, date: null, tier: "major" });
  });

  it("falls back to the original's title and date, and to the host's name", () => {
    const d = describeSource(
      {
        url: "https://news.unknown.test/a",
        original: { publisher: "Mystery Wire", title: "Scoop", date: "2026-01" },
      },
      table,
    );
    expect(d).toEqual({
      title: "Scoop",
      credit: "Mystery Wire, via news.unknown.test",
      date: "2026-01",
      tier: null,
    });
  });

  it("does not say 'X, via X'", () => {
    const d = describeSource(
      {
        url: "https://www.reuters.com/a",
        publisher: "Reuters",
        title: "T",
        original: { publisher: "reuters" },
      },
      table,
    );
    expect(d.credit).toBe("reuters");
  });
});
