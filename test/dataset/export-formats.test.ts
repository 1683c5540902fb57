import { describe, expect, it } from "vitest";
import {
  API_EXPORT_FORMATS,
  CLI_EXPORT_FORMATS,
  EXPORT_FORMAT_TABLE,
  EXPORT_FORMATS,
  exportFileName,
  MENU_EXPORT_FORMATS,
  VIEW_EXPORT_FORMATS,
} from "../../server/dataset/export-formats.js";

describe("EXPORT_FORMAT_TABLE", () => {
  it("has unique names and extensions", () => {
    const count = EXPORT_FORMAT_TABLE.length;
    expect(new Set(EXPORT_FORMAT_TABLE.map((row) => row.name)).size).toBe(count);
    expect(new Set(EXPORT_FORMAT_TABLE.map((row) => row.extension)).size).toBe(count);
  });

  it("derives each surface's list from its rows", () => {
    expect(EXPORT_FORMATS).toEqual([
      "json",
      "csv",
      "csv-edges",
      "csv-nodes",
      "gexf",
      "graphml",
      "neo4j",
    ]);
    expect(VIEW_EXPORT_FORMATS).toEqual(["svg", "cycles-csv", "exposure-csv"]);
    expect(API_EXPORT_FORMATS).toEqual([...EXPORT_FORMATS, ...VIEW_EXPORT_FORMATS]);
    expect(CLI_EXPORT_FORMATS).toEqual([
      "json",
      "csv",
      "gexf",
      "graphml",
      "neo4j",
      "svg",
      "cycles-csv",
      "exposure-csv",
    ]);
    // Neo4j is in the viewer's menu; the print PNGs only there.
    expect(MENU_EXPORT_FORMATS).toEqual([
      "svg",
      "png",
      "png-3x",
      "cycles-csv",
      "exposure-csv",
      "json",
      "csv",
      "gexf",
      "graphml",
      "neo4j",
    ]);
  });

  it("needs a layout exactly for pictures, the analysis exactly for the tables", () => {
    for (const row of EXPORT_FORMAT_TABLE) {
      expect(row.needsLayout, row.name).toBe(/^(png|svg)/.test(row.name));
      expect(row.needsAnalysis, row.name).toBe(row.name.endsWith("-csv"));
    }
  });
});

describe("exportFileName", () => {
  it("names a view's export by its view and date when they are set", () => {
    expect(exportFileName("gexf", { view: "committed", asOf: "2025-03-31" })).toBe(
      "roundtrip-committed-2025-03-31.gexf",
    );
    expect(exportFileName("csv", { asOf: "2025-03-31" })).toBe("roundtrip-2025-03-31-csv.zip");
    expect(exportFileName("png", { view: null, asOf: null })).toBe("roundtrip@2x.png");
    expect(exportFileName("neo4j")).toBe("roundtrip-neo4j.zip");
  });

  it("lets no path separator or control character through", () => {
    expect(exportFileName("json", { view: "../a/b\\c\n", asOf: "" })).toBe("roundtrip-a-b-c.json");
  });
});
