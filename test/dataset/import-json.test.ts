import { describe, expect, it } from "vitest";
import { InvalidDatasetError } from "../../server/analysis/errors.js";
import { MalformedDocumentError } from "../../server/dataset/import-error.js";
import { importJson } from "../../server/dataset/import-json.js";
import { datasetOf, deal } from "../fixtures/build-dataset.js";

const sourced = datasetOf(
  ["a", "b"],
  [deal("d1", "a", "b", 5, "loan", { sources: [{ url: "https://example.com/d1" }] })],
);

describe("importJson", () => {
  it("reads canonical JSON, with or without a byte-order mark", () => {
    const text = JSON.stringify(sourced);
    expect(importJson(text).dataset).toEqual(sourced);
    expect(importJson(`\uFEFF${text}`).dataset).toEqual(sourced);
  });

  it("throws MalformedDocumentError, named after importJson, for text that is not JSON", () => {
    const read = () => importJson('{"entities": [');
    expect(read).toThrow(MalformedDocumentError);
    expect(read).toThrow(/^importJson: /);
  });

  it("throws InvalidDatasetError listing every problem of readable JSON that breaks the rules", () => {
    const broken = { ...sourced, deals: [{ ...sourced.deals[0]!, to: "nobody", amountUsd: -1 }] };
    let thrown: unknown;
    try {
      importJson(JSON.stringify(broken));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidDatasetError);
    expect((thrown as InvalidDatasetError).problems.map((p) => p.path).sort()).toEqual([
      "deals[0].amountUsd",
      "deals[0].to",
    ]);
  });
});
