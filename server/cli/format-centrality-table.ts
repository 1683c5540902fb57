// Human output of `roundtrip exposure --centrality`: each listed entity's PageRank and betweenness
// with its rank among all entities, and why betweenness is missing when it was not computed.

import { formatShare } from "../../shared/format/format-share.js";
import type { CentralityRanking, RankedCentrality } from "../analysis/rank-centrality.js";
import { formatTable } from "./format-table.js";

export function formatCentralityTable(
  ranking: CentralityRanking,
  rows: readonly RankedCentrality[],
): string {
  const of = ` of ${ranking.entities.length}`;
  const table = formatTable(
    [
      { title: "entity" },
      { title: "PageRank", align: "right" },
      { title: "rank", align: "right" },
      { title: "betweenness", align: "right" },
      { title: "rank", align: "right" },
    ],
    rows.map((row) => [
      row.id,
      formatShare(row.pageRank),
      `#${row.pageRankRank}${of}`,
      row.betweenness === null ? "—" : formatShare(row.betweenness),
      row.betweennessRank === null ? "—" : `#${row.betweennessRank}${of}`,
    ]),
  );
  const note = ranking.betweennessNotComputed;
  return note === null ? table : `${table}\n(${note})`;
}
