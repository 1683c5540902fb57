// exportGraphml read back by an independent reader: networkx (python3), in the slow tier.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exportGraphml } from "../../server/dataset/export-graphml.js";
import { HOSTILE, hostileDataset } from "../fixtures/hostile-dataset.js";
import { hasNetworkx, runPython } from "./run-python.js";

const READ_GRAPHML = `
import json, sys, networkx as nx
G = nx.read_graphml(sys.argv[1])
print(json.dumps({
  "type": type(G).__name__,
  "graph": G.graph,
  "nodes": {n: d for n, d in G.nodes(data=True)},
  "edges": [[u, v, k, {a: [type(x).__name__, x] for a, x in d.items()}] for u, v, k, d in G.edges(keys=True, data=True)],
}))
`;

describe("exportGraphml read by networkx", () => {
  it.runIf(hasNetworkx)(
    "gives a MultiDiGraph with every node and every deal, numbers as floats",
    () => {
      const dataset = hostileDataset();
      const path = join(mkdtempSync(join(tmpdir(), "roundtrip-")), "graph.graphml");
      writeFileSync(path, exportGraphml(dataset));
      const read = runPython(READ_GRAPHML, path) as {
        type: string;
        graph: Record<string, string>;
        nodes: Record<string, Record<string, string>>;
        edges: [string, string, string, Record<string, [string, unknown]>][];
      };
      expect(read.type).toBe("MultiDiGraph");
      expect(read.graph.version).toBe("2026.1");
      expect(Object.keys(read.nodes).sort()).toEqual(dataset.entities.map((e) => e.id).sort());
      expect(read.nodes.nvidia).toEqual({
        label: "Nvidia",
        kind: "chipmaker",
        ticker: "NVDA",
        country: "US",
      });
      expect(read.edges.map(([, , key]) => key).sort()).toEqual(
        dataset.deals.map((d) => d.id).sort(),
      );
      for (const deal of dataset.deals) {
        const [source, target, , attributes] = read.edges.find(([, , key]) => key === deal.id)!;
        expect([source, target]).toEqual([deal.from, deal.to]);
        expect(attributes.dealType).toEqual(["str", deal.type]);
        expect(attributes.date).toEqual(["str", deal.date]);
        if (deal.amountUsd === null) expect(attributes.amountUsd).toBeUndefined();
        else expect(attributes.amountUsd).toEqual(["float", deal.amountUsd]);
      }
      const equity = read.edges.find(([, , key]) => key === "nvidia-openai-equity")!;
      expect(equity[3].description).toEqual(["str", HOSTILE]);
    },
  );
});
