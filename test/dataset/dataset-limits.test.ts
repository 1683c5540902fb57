import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { DATASET_LIMITS, LOCAL_FILE_LIMITS } from "../../server/dataset/dataset-limits.js";
import { importCsv } from "../../server/dataset/import-csv.js";
import { DatasetLimitError } from "../../server/dataset/import-error.js";
import { importJson } from "../../server/dataset/import-json.js";
import { readDataset } from "../../server/dataset/read-dataset.js";

const limitOf = (read: () => unknown): DatasetLimitError => {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetLimitError);
    return error as DatasetLimitError;
  }
  throw new Error("expected a DatasetLimitError");
};

describe("DATASET_LIMITS", () => {
  it("refuses JSON with more entities or deals than the limit, naming it", () => {
    const entities = Array.from({ length: 3 }, (_, k) => ({
      id: `e${k}`,
      name: "x",
      kind: "other",
    }));
    const json = JSON.stringify({ entities, deals: [] });
    const limits = { ...DATASET_LIMITS, maxEntities: 2 };
    const error = limitOf(() => importJson(json, { limits }));
    expect(error.limit).toBe("maxEntities");
    expect(error.max).toBe(2);
    expect(error.message).toBe("importJson: expected at most 2 entities (maxEntities)");
    expect(
      limitOf(() =>
        importJson(JSON.stringify({ entities: [], deals: [1, 2] }), {
          limits: { ...DATASET_LIMITS, maxDeals: 1 },
        }),
      ).limit,
    ).toBe("maxDeals");
  });

  it("reads at most maxRows of a CSV table and refuses a longer one without building it", () => {
    const row = "A,B,loan,1,2025,signed,committed,https://example.com/ab\n";
    const csv = `from,to,type,amountUsd,date,status,amountBasis,sourceUrl\n${row.repeat(DATASET_LIMITS.maxRows + 1)}`;
    const started = performance.now();
    const error = limitOf(() => importCsv(csv));
    expect(error.limit).toBe("maxRows");
    expect(error.message).toBe("importCsv: expected at most 100,000 deal rows (maxRows)");
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("refuses a small zip of identical rows past the row limit (issue 16, finding 1, scaled down)", () => {
    // The original 38 KB zip unpacked to 1.4M rows (19.6 MB): the same path at 120,000 rows.
    const row = "A,B,loan,1,2025,signed,committed,https://example.com/ab\n";
    const zip = zipSync(
      {
        "deals.csv": strToU8(
          `from,to,type,amountUsd,date,status,amountBasis,sourceUrl\n${row.repeat(120_000)}`,
        ),
      },
      { level: 9 },
    );
    expect(zip.length).toBeLessThan(100_000);
    expect(limitOf(() => readDataset(zip)).limit).toBe("maxRows");
  });

  it("refuses a zip that unpacks past maxUnzippedBytes", () => {
    const bomb = zipSync(
      { "deals.csv": new Uint8Array(DATASET_LIMITS.maxUnzippedBytes + 1) },
      { level: 9 },
    );
    expect(limitOf(() => readDataset(bomb)).limit).toBe("maxUnzippedBytes");
  });
});

describe("LOCAL_FILE_LIMITS", () => {
  it("lets a local JSON file hold any number of records, but not over-deep values", () => {
    const entities = Array.from({ length: 3 }, (_, k) => ({
      id: `e${k}`,
      name: "x",
      kind: "other",
    }));
    const tight = { ...LOCAL_FILE_LIMITS, maxDepth: 3 };
    expect(
      importJson(JSON.stringify({ entities, deals: [] }), { limits: LOCAL_FILE_LIMITS }).dataset
        .entities,
    ).toHaveLength(3);
    expect(() =>
      importJson(JSON.stringify({ entities: [{ ...entities[0], extra: [[[1]]] }], deals: [] }), {
        limits: tight,
      }),
    ).toThrow(/nested deeper than 3 levels/);
    expect(LOCAL_FILE_LIMITS.maxEntities).toBe(Number.POSITIVE_INFINITY);
  });
});
