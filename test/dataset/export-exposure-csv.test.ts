import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { computeExposure } from "../../server/analysis/compute-exposure.js";
import { computeDatasetFlowMatrix } from "../../server/analysis/flow-matrix.js";
import {
  EXPOSURE_CSV_HEADERS,
  exportExposureCsv,
} from "../../server/dataset/export-exposure-csv.js";
import { hostileDataset } from "../fixtures/hostile-dataset.js";

const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe("exportExposureCsv", () => {
  const dataset = hostileDataset();
  const { entities } = computeExposure(computeDatasetFlowMatrix(dataset));

  it("writes one row per entity with every figure of the report, as numbers the CSV reads back", () => {
    const { data, meta } = parse(exportExposureCsv(dataset, entities));
    expect(meta.fields).toEqual([...EXPOSURE_CSV_HEADERS]);
    expect(data.map((row) => row.id)).toEqual(entities.map((row) => row.id));
    for (const [i, row] of entities.entries()) {
      const line = data[i]!;
      for (const figure of [
        "outflowUsd",
        "inflowUsd",
        "roundTripShare",
        "roundTripUsd",
        "maxRoundTripUsd",
        "returnProbability",
        "topCounterpartyShare",
        "vendorFinancedShare",
      ] as const) {
        expect(Number(line[figure])).toBe(row[figure]);
      }
      expect(line.bottleneckDeals).toBe(row.bottleneckDeals.join(" "));
      expect(line.topCounterparty).toBe(row.topCounterparty ?? "");
    }
    const nvidia = data.find((row) => row.id === "nvidia")!;
    expect(nvidia).toMatchObject({
      name: "Nvidia",
      kind: "chipmaker",
      topCounterparty: "oracle, inc",
    });
    expect(nvidia.topCounterpartyName).toBe("Oracle Ünïcødé 甲骨文 🚀");
  });

  it("makes names that start like formulas inert, and leaves a max round-trip not yet computed empty", () => {
    const rows = entities.map((row) => ({ ...row, maxRoundTripUsd: null, bottleneckDeals: null }));
    const { data } = parse(exportExposureCsv(dataset, rows));
    const proto = data.find((row) => row.id === "__proto__")!;
    expect(proto.name).toBe(`'=HYPERLINK("http://evil")`);
    expect(proto.maxRoundTripUsd).toBe("");
    expect(proto.bottleneckDeals).toBe("");
  });
});
