// exportGexf judged by an independent tool, in the slow tier: networkx (python3) reading it back.
// The GEXF 1.3 schema check is in export-gexf-xsd.external.test.ts (opt-in: the schema is not ours to
// commit).

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../server/analysis/inclusion.js";
import { exportGexf } from "../../server/dataset/export-gexf.js";
import { HOSTILE, hostileDataset } from "../fixtures/hostile-dataset.js";
import { expectEveryDealRead, hasNetworkx, readWithNetworkx, runPython } from "./run-python.js";

const READ_GEXF_VIZ = `
import json, sys, networkx as nx
G = nx.read_gexf(sys.argv[1])
print(json.dumps({"nodes": {n: d.get("viz") for n, d in G.nodes(data=True)}, "start": sorted(d.get("start", "") for _, _, d in G.edges(data=True))}))
`;

describe("exportGexf read by networkx", () => {
  it.runIf(hasNetworkx)("reads the layout, colours and sizes, and every edge's start date", () => {
    const dataset = hostileDataset();
    const path = join(mkdtempSync(join(tmpdir(), "roundtrip-")), "viz.gexf");
    writeFileSync(
      path,
      exportGexf(dataset, {
        positions: new Map(dataset.entities.map((e, i) => [e.id, { x: i * 10, y: 0.5 - i }])),
        nodeColor: () => "#D55E00",
        nodeSize: (e) => e.name.length,
      }),
    );
    const read = runPython(READ_GEXF_VIZ, path) as {
      nodes: Record<
        string,
        { color: Record<string, number>; position: Record<string, number>; size: number }
      >;
      start: string[];
    };
    dataset.entities.forEach((entity, i) => {
      const viz = read.nodes[entity.id]!;
      expect(viz.position).toMatchObject({ x: i * 10, y: 0.5 - i });
      expect(viz.color).toMatchObject({ r: 213, g: 94, b: 0 });
      expect(viz.size).toBe(entity.name.length);
    });
    expect(read.start).toEqual(dataset.deals.map((d) => normalizeDate(d.date)).sort());
  });

  it.runIf(hasNetworkx)("gives every node and every deal, numbers as floats", () => {
    const dataset = hostileDataset();
    const path = join(mkdtempSync(join(tmpdir(), "roundtrip-")), "graph.gexf");
    writeFileSync(path, exportGexf(dataset));
    const read = readWithNetworkx("read_gexf", path);
    expectEveryDealRead(read, dataset, ["status"], HOSTILE);
    expect(read.nodes["oracle, inc"]!.label).toBe("Oracle Ünïcødé 甲骨文 🚀");
  });
});
