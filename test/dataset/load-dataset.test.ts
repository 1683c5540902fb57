import { describe, expect, it } from "vitest";
import { InvalidDatasetError } from "../../server/analysis/errors.js";
import { parseDatasetJson } from "../../server/dataset/load-dataset.js";
import { datasetOf, deal } from "../fixtures/build-dataset.js";

describe("parseDatasetJson", () => {
  it("parses and validates canonical JSON text", () => {
    const dataset = datasetOf(
      ["a", "b"],
      [deal("d1", "a", "b", 5, "equity", { sources: [{ url: "https://example.com/d1" }] })],
    );
    expect(parseDatasetJson(JSON.stringify(dataset))).toEqual({ dataset, warnings: [] });
  });

  it("throws InvalidDatasetError with one located problem for text that is not JSON", () => {
    let thrown: unknown;
    try {
      parseDatasetJson("{ nope");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidDatasetError);
    expect((thrown as InvalidDatasetError).problems).toEqual([
      { path: "", message: expect.stringMatching(/^malformed JSON: /) },
    ]);
  });
});
