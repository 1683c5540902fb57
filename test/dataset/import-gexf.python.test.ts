// importGexf of a file written by an independent writer: networkx (python3), in the slow tier.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importGexf } from "../../server/dataset/import-gexf.js";
import { hasNetworkx } from "./run-python.js";

describe("importGexf of networkx's output", () => {
  it.runIf(hasNetworkx)("reads a MultiDiGraph written by networkx", () => {
    const path = join(mkdtempSync(join(tmpdir(), "roundtrip-")), "nx.gexf");
    const script = `
import sys, networkx as nx
G = nx.MultiDiGraph()
G.add_node("a", label="Alpha", kind="chipmaker")
G.add_node("b", label="Beta")
G.add_edge("a", "b", key="d1", id="d1", dealType="equity", amountUsd=5.5, amountBasis="committed", date="2025", status="closed")
G.add_edge("a", "b", key="d2", id="d2", dealType="loan", amountUsd=7.0, amountBasis="headline", date="2025-01", status="signed")
nx.write_gexf(G, sys.argv[1])`;
    expect(spawnSync("python3", ["-c", script, path]).status).toBe(0);
    const { dataset } = importGexf(readFileSync(path, "utf8"));
    expect(dataset.entities.map((e) => [e.id, e.name, e.kind])).toEqual([
      ["a", "Alpha", "chipmaker"],
      ["b", "Beta", "other"],
    ]);
    expect(dataset.deals.map((d) => [d.id, d.type, d.amountUsd, d.status])).toEqual([
      ["d1", "equity", 5.5, "closed"],
      ["d2", "loan", 7, "signed"],
    ]);
  });
});
