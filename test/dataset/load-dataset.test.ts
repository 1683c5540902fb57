import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InvalidDatasetError } from "../../server/analysis/errors.js";
import { MalformedDocumentError } from "../../server/dataset/import-error.js";
import { loadDataset } from "../../server/dataset/load-dataset.js";
import { datasetOf, deal } from "../fixtures/build-dataset.js";

async function fileWith(text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), "roundtrip-load-")), "deals.json");
  await writeFile(path, text);
  return path;
}

describe("loadDataset", () => {
  it("reads and validates a canonical JSON file", async () => {
    const dataset = datasetOf(
      ["a", "b"],
      [deal("d1", "a", "b", 5, "equity", { sources: [{ url: "https://example.com/d1" }] })],
    );
    expect(await loadDataset(await fileWith(JSON.stringify(dataset)))).toEqual({
      dataset,
      warnings: [],
    });
  });

  it("tells text that is not JSON from a document that breaks the rules", async () => {
    await expect(loadDataset(await fileWith("{ nope"))).rejects.toThrow(MalformedDocumentError);
    const broken = datasetOf(["a"], [deal("d1", "a", "oracel", 5)]);
    await expect(loadDataset(await fileWith(JSON.stringify(broken)))).rejects.toThrow(
      InvalidDatasetError,
    );
  });
});
