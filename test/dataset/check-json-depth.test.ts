import { describe, expect, it } from "vitest";
import { InvalidDatasetError } from "../../server/analysis/errors.js";
import { checkJsonDepth } from "../../server/dataset/check-json-depth.js";
import { exportJson } from "../../server/dataset/export-json.js";
import { importCsv } from "../../server/dataset/import-csv.js";
import { importJson } from "../../server/dataset/import-json.js";
import { readDataset } from "../../server/dataset/read-dataset.js";

const nested = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;

describe("checkJsonDepth", () => {
  it("accepts a value up to the limit and locates the first deeper place", () => {
    expect(checkJsonDepth(JSON.parse(nested(3)), 3)).toBeNull();
    expect(checkJsonDepth({ a: [{ b: 1 }] }, 3)).toBeNull();
    expect(checkJsonDepth({ a: [{ b: [] }] }, 3)).toEqual({
      path: "a[0].b",
      message: "nested deeper than 3 levels of arrays and objects",
    });
    expect(checkJsonDepth({ "odd key": [[[]]] }, 2)?.path).toBe('["odd key"][0]');
  });

  it("walks a 100,000-deep array without recursion and cuts the path short", () => {
    const problem = checkJsonDepth({ entities: [{ extra: JSON.parse(nested(100_000)) }] }, 64);
    expect(problem?.path).toBe("entities[0].extra[0][0][0]…");
  });
});

describe("over-deep datasets (issue 16, finding 2)", () => {
  const entity = (extra: string) =>
    `{"entities":[{"id":"a","name":"a","kind":"other","extra":${extra}}],"deals":[]}`;

  it("refuses a 100,000-deep extra field with a located InvalidDatasetError, in every reader", () => {
    for (const read of [
      () => importJson(entity(nested(100_000))),
      () => readDataset(entity(nested(100_000)), { fileName: "a.json" }),
    ]) {
      try {
        read();
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidDatasetError);
        expect((error as InvalidDatasetError).problems).toEqual([
          {
            path: "entities[0].extra[0][0][0]…",
            message: "nested deeper than 64 levels of arrays and objects",
          },
        ]);
      }
    }
  });

  it("refuses an over-deep JSON cell of a CSV at its row and column", () => {
    const csv = `from,to,type,date,sourceUrl,moreSources\na,b,equity,2025,https://x.example,"${nested(5_000)}"`;
    expect(() => importCsv(csv)).toThrow(InvalidDatasetError);
    try {
      importCsv(csv);
    } catch (error) {
      expect((error as InvalidDatasetError).problems[0]!.path).toBe('row 2, column "moreSources"');
    }
  });

  it("keeps a dataset within the limit exportable as JSON", () => {
    const { dataset } = importJson(entity(nested(60)));
    expect(JSON.parse(exportJson(dataset))).toEqual(JSON.parse(entity(nested(60))));
  });
});
