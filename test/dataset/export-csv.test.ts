import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  CSV_EDGE_HEADERS,
  escapeFormula,
  exportCsv,
  exportCsvEdges,
  exportCsvNodes,
} from "../../server/dataset/export-csv.js";
import { importCsv } from "../../server/dataset/import-csv.js";
import { readDataset } from "../../server/dataset/read-dataset.js";
import { arbitraryHostileDataset } from "../fixtures/arbitrary-hostile-dataset.js";
import { HOSTILE, hostileDataset } from "../fixtures/hostile-dataset.js";

const rows = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
const withoutMeta = ({ entities, deals }: { entities: unknown; deals: unknown }) => ({
  entities,
  deals,
});

describe("exportCsvEdges", () => {
  it("starts with Gephi's Source,Target,Type,Id,Label columns, Type the edge direction", () => {
    const csv = exportCsvEdges(hostileDataset());
    expect(csv.split("\r\n")[0]).toBe(CSV_EDGE_HEADERS.join(","));
    expect(CSV_EDGE_HEADERS.slice(0, 8)).toEqual([
      "Source",
      "Target",
      "Type",
      "Id",
      "Label",
      "dealType",
      "amountUsd",
      "amountBasis",
    ]);
    const first = rows(csv)[0]!;
    expect(first).toMatchObject({
      Source: "nvidia",
      Target: "openai",
      Type: "Directed",
      Id: "nvidia-openai-equity",
      dealType: "equity",
      amountUsd: "100000000000",
      amountBasis: "headline",
      date: "2025-09-22",
      status: "announced",
      sourceUrl: "https://example.com/a?x=1&y=2",
      description: HOSTILE,
    });
  });

  it("writes one row per deal, an undisclosed amount as an empty cell", () => {
    const parsed = rows(exportCsvEdges(hostileDataset()));
    expect(parsed).toHaveLength(5);
    expect(parsed[1]!.amountUsd).toBe("");
    expect(parsed[0]!.moreSources).toBe('[{"url":"https://example.com/b"},{"publisher":"no url"}]');
  });

  it("puts an apostrophe before formula-like text so spreadsheets do not run it", () => {
    expect(escapeFormula("=1+2")).toBe("'=1+2");
    expect(escapeFormula("'=1+2")).toBe("''=1+2");
    expect(escapeFormula("@sum")).toBe("'@sum");
    expect(escapeFormula("plain")).toBe("plain");
    expect(escapeFormula(12)).toBe(12);
    const nodes = rows(exportCsvNodes(hostileDataset()));
    expect(nodes.find((n) => n.Id === "__proto__")!.Label).toBe('\'=HYPERLINK("http://evil")');
  });
});

describe("exportCsvNodes", () => {
  it("writes Id,Label then the entity fields", () => {
    const csv = exportCsvNodes(hostileDataset());
    expect(csv.split("\r\n")[0]).toBe("Id,Label,kind,ticker,country,description,financials");
    expect(rows(csv)[0]).toEqual({
      Id: "nvidia",
      Label: "Nvidia",
      kind: "chipmaker",
      ticker: "NVDA",
      country: "US",
      description: "",
      financials: "",
    });
  });
});

describe("exportCsv", () => {
  it("zips nodes.csv and edges.csv, byte-identical for the same dataset", () => {
    const zip = exportCsv(hostileDataset());
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(["edges.csv", "nodes.csv"]);
    expect(strFromU8(files["edges.csv"]!)).toBe(exportCsvEdges(hostileDataset()));
    expect(exportCsv(hostileDataset())).toEqual(zip);
  });

  it("imports back to the same entities and deals, from the two tables or the zip", () => {
    const dataset = hostileDataset();
    const back = importCsv(exportCsvEdges(dataset), { entitiesCsv: exportCsvNodes(dataset) });
    expect(withoutMeta(back.dataset)).toEqual(withoutMeta(dataset));
    expect(withoutMeta(readDataset(exportCsv(dataset)).dataset)).toEqual(withoutMeta(dataset));
  });

  it("round-trips random datasets (hostile strings, unicode, null amounts, parallel deals)", () => {
    fc.assert(
      fc.property(arbitraryHostileDataset, (dataset) => {
        const back = importCsv(exportCsvEdges(dataset), { entitiesCsv: exportCsvNodes(dataset) });
        expect(back.dataset).toEqual(dataset);
      }),
      { numRuns: 200 },
    );
  });
});
