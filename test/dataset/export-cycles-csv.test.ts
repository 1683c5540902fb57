import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { findCycles } from "../../server/analysis/find-cycles.js";
import { computeDatasetFlowMatrix } from "../../server/analysis/flow-matrix.js";
import type { Dataset, Deal } from "../../server/analysis/types.js";
import { CYCLE_CSV_HEADERS, exportCyclesCsv } from "../../server/dataset/export-cycles-csv.js";

const deal = (
  id: string,
  from: string,
  to: string,
  amountUsd: number | null,
  date: string,
): Deal => ({
  id,
  from,
  to,
  type: "equity",
  amountUsd,
  amountBasis: "committed",
  date,
  status: "closed",
  sources: [],
});

const DATASET: Dataset = {
  entities: [
    { id: "a", name: "Alpha", kind: "ai_lab" },
    { id: "b", name: '=HYPERLINK("http://evil")', kind: "chipmaker" },
    { id: "c", name: 'Gamma, "Cloud"', kind: "hyperscaler" },
  ],
  deals: [
    deal("ab", "a", "b", 30e9, "2024-02-01"),
    deal("ab2", "a", "b", 5e9, "2023"),
    deal("bc", "b", "c", 10e9, "2024-03"),
    deal("ca", "c", "a", 20e9, "2025-01-15"),
    deal("ba", "b", "a", null, "2025-06"),
  ],
};

const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe("exportCyclesCsv", () => {
  const report = findCycles(computeDatasetFlowMatrix(DATASET));

  it("writes one row per loop in report order, with its hops, bottleneck, deals and dates", () => {
    const { data, meta } = parse(exportCyclesCsv(DATASET, report.cycles));
    expect(meta.fields).toEqual([...CYCLE_CSV_HEADERS]);
    expect(data).toHaveLength(2);
    expect(data[0]).toEqual({
      rank: "1",
      hops: "3",
      loop: `Alpha → =HYPERLINK("http://evil") → Gamma, "Cloud" → Alpha`,
      entityIds: "a → b → c → a",
      bottleneckUsd: "10000000000",
      committedBottleneckUsd: "",
      bottleneckHop: `'=HYPERLINK("http://evil") → Gamma, "Cloud"`,
      dealCount: "4",
      deals: "ab ab2 | bc | ca",
      firstDate: "2023",
      lastDate: "2025-01-15",
    });
    // The a ⇄ b loop: its b → a hop is undisclosed, so it limits the loop at $0.
    expect(data[1]).toMatchObject({
      rank: "2",
      hops: "2",
      bottleneckUsd: "0",
      bottleneckHop: `'=HYPERLINK("http://evil") → Alpha`,
      deals: "ab ab2 | ba",
    });
  });

  it("takes the committed bottleneck and the limiting hop from the report when it carries them", () => {
    const cycles = report.cycles.map((c) => ({
      ...c,
      committedBottleneckUsd: 7,
      bottleneckHop: 0,
    }));
    const [first] = parse(exportCyclesCsv(DATASET, cycles)).data;
    expect(first).toMatchObject({
      committedBottleneckUsd: "7",
      bottleneckHop: `Alpha → =HYPERLINK("http://evil")`,
    });
  });

  it("writes only the header for no loops", () => {
    expect(exportCyclesCsv(DATASET, [])).toBe(`${CYCLE_CSV_HEADERS.join(",")}\r\n`);
  });
});
