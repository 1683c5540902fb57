import { describe, expect, it } from "vitest";
import { rankCentrality } from "../../server/analysis/rank-centrality.js";
import { formatCentralityTable } from "../../server/cli/format-centrality-table.js";
import { datasetOf, deal, flowOf } from "../fixtures/build-dataset.js";

const flow = flowOf(
  datasetOf(["hub", "x", "y"], [deal("d1", "x", "hub", 10), deal("d2", "hub", "y", 10)]),
);

describe("formatCentralityTable", () => {
  it("gives each entity's figures with its rank among all", () => {
    const ranking = rankCentrality(flow);
    const lines = formatCentralityTable(ranking, ranking.entities.slice(0, 1)).split("\n");
    expect(lines).toHaveLength(3);
    // x → hub → y: hub lies on the one path between two others, (1 pair) / ((3 − 1)(3 − 2)).
    expect(lines[2]).toMatch(/^hub\s+\d+\.\d%\s+#2 of 3\s+50\.0%\s+#1 of 3$/);
  });

  it("says why betweenness is missing when it was not computed", () => {
    const ranking = rankCentrality(flow, { maxBetweennessEntities: 2 });
    const lines = formatCentralityTable(ranking, ranking.entities).split("\n");
    expect(lines[2]).toMatch(/^hub\s+\d+\.\d%\s+#2 of 3\s+—\s+—$/);
    expect(lines.at(-1)).toBe(`(${ranking.betweennessNotComputed})`);
    expect(lines.at(-1)).toContain("up to 2 entities");
  });
});
