// importGraphml of a file written by an independent writer: networkx (python3), in the slow tier.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importGraphml } from "../../server/dataset/import-graphml.js";
import { hasNetworkx } from "./run-python.js";

describe("importGraphml of networkx's output", () => {
  it.runIf(hasNetworkx)("reads a MultiDiGraph written by networkx", () => {
    const path = join(mkdtempSync(join(tmpdir(), "roundtrip-")), "nx.graphml");
    const script = `
import sys, networkx as nx
G = nx.MultiDiGraph()
G.add_node("a", label="Alpha", kind="chipmaker")
G.add_node("b", label="Beta")
G.add_edge("a", "b", key="d1", dealType="equity", amountUsd=5.0, amountBasis="committed", date="2025", status="closed")
G.add_edge("a", "b", key="d2", dealType="loan", amountUsd=7, amountBasis="headline", date="2025-01", status="signed")
nx.write_graphml(G, sys.argv[1])`;
    expect(spawnSync("python3", ["-c", script, path]).status).toBe(0);
    const { dataset } = importGraphml(readFileSync(path, "utf8"));
    expect(dataset.entities).toEqual([
      { id: "a", name: "Alpha", kind: "chipmaker" },
      { id: "b", name: "Beta", kind: "other" },
    ]);
    expect(dataset.deals.map((d) => [d.id, d.type, d.amountUsd, d.status])).toEqual([
      ["d1", "equity", 5, "closed"],
      ["d2", "loan", 7, "signed"],
    ]);
  });
});
