import { describe, expect, it } from "vitest";
import { InvalidDatasetError } from "../../server/analysis/errors.js";
import { parsePublisherTable, SOURCE_TIERS } from "../../server/dataset/publisher-table.js";

describe("parsePublisherTable", () => {
  it("accepts host → publisher and tier rows and freezes the result", () => {
    const table = parsePublisherTable({ "reuters.com": { publisher: "Reuters", tier: "major" } });
    expect(table["reuters.com"]).toEqual({ publisher: "Reuters", tier: "major" });
    expect(Object.isFrozen(table)).toBe(true);
  });

  it("reports every bad row at its location", () => {
    let caught: unknown;
    try {
      parsePublisherTable({
        "reuters.com": { publisher: "Reuters", tier: "wire" },
        "WWW.Example.com": { publisher: "Example", tier: "major" },
        "ok.com": { publisher: "", tier: "primary" },
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidDatasetError);
    const paths = (caught as InvalidDatasetError).problems.map((p) => p.path).sort();
    expect(paths).toEqual(
      ['["ok.com"].publisher', '["reuters.com"].tier', '["WWW.Example.com"]'].sort(),
    );
  });

  it("lists the three tiers best first", () => {
    expect(SOURCE_TIERS).toEqual(["primary", "major", "secondary"]);
  });
});
