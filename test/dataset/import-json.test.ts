import { describe, expect, it } from "vitest";
import { InvalidDatasetError } from "../../server/analysis/errors.js";
import { MalformedDocumentError } from "../../server/dataset/import-error.js";
import { importJson } from "../../server/dataset/import-json.js";
import { datasetOf, deal } from "../fixtures/build-dataset.js";
import { hostileDataset } from "../fixtures/hostile-dataset.js";

describe("importJson", () => {
  it("reads canonical JSON, with or without a byte-order mark", () => {
    const sourced = datasetOf(
      ["a", "b"],
      [deal("d1", "a", "b", 5, "loan", { sources: [{ url: "https://example.com/d1" }] })],
    );
    const text = JSON.stringify(sourced);
    expect(importJson(text).dataset).toEqual(sourced);
    expect(importJson(`\uFEFF${text}`).dataset).toEqual(sourced);
  });

  it("tells broken JSON (malformed) from a dataset that breaks the rules (invalid, located)", () => {
    expect(() => importJson("{ nope")).toThrow(MalformedDocumentError);
    expect(() => importJson("{ nope")).toThrow(/^importJson: /);
    const dataset = hostileDataset() as unknown as { deals: { amountUsd: unknown }[] };
    dataset.deals[3]!.amountUsd = "lots";
    try {
      importJson(JSON.stringify(dataset));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidDatasetError);
      expect((error as InvalidDatasetError).problems).toEqual([
        { path: "deals[3].amountUsd", message: 'expected number, received "lots"' },
      ]);
    }
  });
});
