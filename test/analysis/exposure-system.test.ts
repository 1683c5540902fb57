import { describe, expect, it } from "vitest";
import { buildFinancingGraph } from "../../server/analysis/build-financing-graph.js";
import { buildExposureSystem } from "../../server/analysis/exposure-system.js";
import { datasetOf, deal } from "../fixtures/build-dataset.js";
import { fourCompanies, withEquity } from "./scenario-fixtures.js";

const rows = (system: ReturnType<typeof buildExposureSystem>) =>
  system.ids.map((id, x) => {
    const cells: [string, number][] = [];
    for (let e = system.offsets[x]!; e < system.offsets[x + 1]!; e++) {
      cells.push([system.ids[system.columns[e]!]!, system.amountUsd[e]!]);
    }
    return [id, cells];
  });

describe("buildExposureSystem", () => {
  it("takes book equity as capital, else the capital share of throughput", () => {
    // Throughput max(in, out): bank 0, cloud max(100, 80) = 100, lab max(30, 100) = 100; chips has equity 200.
    const system = buildExposureSystem(buildFinancingGraph(fourCompanies()), { capitalShare: 0.5 });
    expect(system.ids).toEqual(["bank", "chips", "cloud", "lab"]);
    expect([...system.capitalUsd]).toEqual([0, 200, 50, 50]);
    expect(system.capitalBasis).toEqual(["throughput", "equity", "throughput", "throughput"]);
  });

  it("leaves guarantees out of the rows until backstops are called", () => {
    const graph = buildFinancingGraph(fourCompanies());
    expect(rows(buildExposureSystem(graph, { capitalShare: 0.25 }))).toEqual([
      ["bank", []],
      [
        "chips",
        [
          ["cloud", 80],
          ["lab", 30],
        ],
      ],
      ["cloud", [["lab", 100]]],
      ["lab", []],
    ]);
    const called = buildExposureSystem(graph, { capitalShare: 0.25, backstopsCalled: true });
    expect(rows(called)[0]).toEqual(["bank", [["cloud", 50]]]);
    // A called backstop is a flow: bank out 50, cloud in 150.
    expect(called.capitalUsd[0]).toBe(12.5);
    expect(called.capitalUsd[2]).toBe(37.5);
  });

  it("falls back to throughput when equity is zero, and counts warrants held", () => {
    const data = withEquity(
      datasetOf(["a", "b"], [deal("w", "b", "a", 7, "warrant"), deal("e", "a", "b", 20)]),
      { a: 0 },
    );
    const system = buildExposureSystem(buildFinancingGraph(data), { capitalShare: 1 });
    expect(system.capitalBasis[0]).toBe("throughput");
    // a holds the warrant on b (7) and put 20 into b; warrants are flows too: a in 7, out 20.
    expect(rows(system)[0]).toEqual(["a", [["b", 27]]]);
    expect(system.capitalUsd[0]).toBe(20);
  });
});
