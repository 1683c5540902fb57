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
import { hasNetworkx, runPython } from "./run-python.js";

const READ_GEXF = `
import json, sys, networkx as nx
G = nx.read_gexf(sys.argv[1])
print(json.dumps({
  "type": type(G).__name__,
  "nodes": {n: d for n, d in G.nodes(data=True)},
  "edges": [[u, v, k, {a: [type(x).__name__, x] for a, x in d.items()}] for u, v, k, d in G.edges(keys=True, data=True)],
}))
`;

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
    const read = runPython(READ_GEXF, path) as {
      type: string;
      nodes: Record<string, Record<string, string>>;
      edges: [string, string, string, Record<string, [string, unknown]>][];
    };
    expect(read.type).toBe("MultiDiGraph");
    expect(Object.keys(read.nodes).sort()).toEqual(dataset.entities.map((e) => e.id).sort());
    expect(read.nodes["oracle, inc"]!.label).toBe("Oracle Ünïcødé 甲骨文 🚀");
    expect(read.edges.map(([, , key]) => key).sort()).toEqual(
      dataset.deals.map((d) => d.id).sort(),
    );
    for (const deal of dataset.deals) {
      const [source, target, , attributes] = read.edges.find(([, , key]) => key === deal.id)!;
      expect([source, target]).toEqual([deal.from, deal.to]);
      expect(attributes.dealType).toEqual(["str", deal.type]);
      expect(attributes.status).toEqual(["str", deal.status]);
      if (deal.amountUsd === null) expect(attributes.amountUsd).toBeUndefined();
      else expect(attributes.amountUsd).toEqual(["float", deal.amountUsd]);
    }
    const equity = read.edges.find(([, , key]) => key === "nvidia-openai-equity")!;
    expect(equity[3].description).toEqual(["str", HOSTILE]);
  });
});
