import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { detectDatasetFormat } from "../../server/dataset/detect-dataset-format.js";
import { exportCsvEdges } from "../../server/dataset/export-csv.js";
import { exportGexf } from "../../server/dataset/export-gexf.js";
import { exportGraphml } from "../../server/dataset/export-graphml.js";
import { exportJson } from "../../server/dataset/export-json.js";
import {
  DatasetLimitError,
  MalformedDocumentError,
  UnsupportedFormatError,
} from "../../server/dataset/import-error.js";
import { readDataset } from "../../server/dataset/read-dataset.js";
import { hostileDataset } from "../fixtures/hostile-dataset.js";

const bytes = (text: string) => strToU8(text);

describe("detectDatasetFormat", () => {
  it("goes by content type first, with parameters", () => {
    expect(detectDatasetFormat(bytes("x"), { contentType: "text/csv; charset=utf-8" })).toBe("csv");
    expect(detectDatasetFormat(bytes("{}"), { contentType: "application/json" })).toBe("json");
    expect(detectDatasetFormat(bytes("<gexf/>"), { contentType: "application/xml" })).toBe("gexf");
    expect(detectDatasetFormat(bytes("<graphml/>"), { contentType: "text/xml" })).toBe("graphml");
    expect(detectDatasetFormat(bytes("x"), { contentType: "application/graphml+xml" })).toBe(
      "graphml",
    );
  });

  it("then by file extension, then by content", () => {
    expect(detectDatasetFormat(bytes("a,b"), { fileName: "deals.CSV" })).toBe("csv");
    expect(detectDatasetFormat(bytes(' \n{"entities":[]}'))).toBe("json");
    expect(detectDatasetFormat(bytes('<?xml version="1.0"?>\n<gexf version="1.2">'))).toBe("gexf");
    expect(detectDatasetFormat(zipSync({ "a.csv": bytes("x") }))).toBe("zip");
    expect(detectDatasetFormat(bytes("from,to"))).toBe("csv");
  });

  it("refuses other content types and other XML", () => {
    expect(() => detectDatasetFormat(bytes("x"), { contentType: "image/png" })).toThrow(
      UnsupportedFormatError,
    );
    expect(() =>
      detectDatasetFormat(bytes("<html></html>"), { contentType: "application/xml" }),
    ).toThrow(UnsupportedFormatError);
  });

  it("finds no format under names that Object.prototype holds", () => {
    expect(() => detectDatasetFormat(bytes("{}"), { contentType: "constructor" })).toThrow(
      UnsupportedFormatError,
    );
    expect(detectDatasetFormat(bytes("{}"), { fileName: "data.constructor" })).toBe("json");
  });
});

describe("readDataset", () => {
  it("reads every export format back to the dataset", () => {
    const dataset = hostileDataset();
    expect(readDataset(exportJson(dataset)).dataset).toEqual(dataset);
    expect(readDataset(exportGexf(dataset), { contentType: "application/xml" }).dataset).toEqual(
      dataset,
    );
    expect(readDataset(strToU8(exportGraphml(dataset)), { fileName: "g.graphml" }).dataset).toEqual(
      dataset,
    );
  });

  it("reads a plain deals table, and a zip holding one GraphML file", () => {
    const dataset = hostileDataset();
    expect(
      readDataset(exportCsvEdges(dataset), { contentType: "text/csv" }).dataset.deals,
    ).toHaveLength(5);
    const zip = zipSync({ "folder/graph.graphml": strToU8(exportGraphml(dataset)) });
    expect(readDataset(zip).dataset).toEqual(dataset);
  });

  it("refuses a zip without tables and one that unpacks too far", () => {
    expect(() => readDataset(zipSync({ "notes.txt": bytes("hi") }))).toThrow(
      MalformedDocumentError,
    );
    const bomb = zipSync({ "deals.csv": new Uint8Array(21 * 1024 * 1024) }, { level: 9 });
    expect(() => readDataset(bomb)).toThrow(DatasetLimitError);
    expect(() => readDataset(bomb)).toThrow(/maxUnzippedBytes/);
  });
});
