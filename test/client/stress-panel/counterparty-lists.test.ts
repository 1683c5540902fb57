import { describe, expect, it } from "vitest";
import { counterpartyLists } from "../../../client/stress-panel/counterparty-lists.js";
import {
  buildFinancingGraph,
  computeCounterpartyExposure,
} from "../../../server/analysis/index.js";
import { fourCompanies } from "../../analysis/scenario-fixtures.js";

describe("counterpartyLists", () => {
  it("lists what an entity stands to lose and who stands to lose if it cannot pay", () => {
    const rows = computeCounterpartyExposure(buildFinancingGraph(fourCompanies()));
    // chips: 80 on cloud, 30 on lab. Exposed to cloud: chips 80 and bank 50 (contingent).
    const chips = counterpartyLists(rows, "chips");
    expect(chips.exposedTo.map((l) => [l.id, l.amountUsd])).toEqual([
      ["cloud", 80],
      ["lab", 30],
    ]);
    expect(chips.exposedToIt).toEqual([]);
    const cloud = counterpartyLists(rows, "cloud");
    expect(cloud.exposedToIt.map((l) => [l.id, l.amountUsd, l.contingentUsd])).toEqual([
      ["chips", 80, 0],
      ["bank", 50, 50],
    ]);
    expect(cloud.exposedTo.map((l) => l.id)).toEqual(["lab"]);
  });
});
