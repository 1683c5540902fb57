// python3 with networkx as an independent reader of our exports; probed once, on first import.

import { spawnSync } from "node:child_process";
import { expect } from "vitest";
import type { Dataset } from "../../server/analysis/types.js";

/** Whether python3 with networkx is here; the networkx tests say so loudly when it is not. */
export const hasNetworkx: boolean = (() => {
  const probe = spawnSync("python3", ["-c", "import networkx"], { stdio: "ignore" });
  if (probe.status !== 0) {
    console.warn("NOTICE: python3 with networkx not found: the networkx read tests do NOT run.");
  }
  return probe.status === 0;
})();

/** Run a python3 script with `path` as argv[1] and parse its JSON output. */
export function runPython(script: string, path: string): unknown {
  const result = spawnSync("python3", ["-c", script, path], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** A graph as networkx reads it: its type, graph, node and edge attributes (each `[type, value]`). */
export interface NetworkxGraph {
  type: string;
  graph: Record<string, string>;
  nodes: Record<string, Record<string, string>>;
  edges: [string, string, string, Record<string, [string, unknown]>][];
}

/** networkx's `read_gexf` or `read_graphml` of the file at `path`. */
export function readWithNetworkx(
  reader: "read_gexf" | "read_graphml",
  path: string,
): NetworkxGraph {
  const script = `
import json, sys, networkx as nx
G = nx.${reader}(sys.argv[1])
print(json.dumps({
  "type": type(G).__name__,
  "graph": G.graph,
  "nodes": {n: d for n, d in G.nodes(data=True)},
  "edges": [[u, v, k, {a: [type(x).__name__, x] for a, x in d.items()}] for u, v, k, d in G.edges(keys=True, data=True)],
}))
`;
  return runPython(script, path) as NetworkxGraph;
}

/**
 * Every entity a node and every deal an edge keyed by its id, between its endpoints, with its type,
 * its amount as a float (none when undisclosed), each of `fields` as text, and the hostile text of
 * test/fixtures/hostile-dataset intact.
 */
export function expectEveryDealRead(
  read: NetworkxGraph,
  dataset: Dataset,
  fields: readonly ("status" | "date")[],
  hostile: string,
): void {
  expect(read.type).toBe("MultiDiGraph");
  expect(Object.keys(read.nodes).sort()).toEqual(dataset.entities.map((e) => e.id).sort());
  expect(read.edges.map(([, , key]) => key).sort()).toEqual(dataset.deals.map((d) => d.id).sort());
  for (const deal of dataset.deals) {
    const [source, target, , attributes] = read.edges.find(([, , key]) => key === deal.id)!;
    expect([source, target]).toEqual([deal.from, deal.to]);
    expect(attributes.dealType).toEqual(["str", deal.type]);
    for (const field of fields) expect(attributes[field]).toEqual(["str", deal[field]]);
    if (deal.amountUsd === null) expect(attributes.amountUsd).toBeUndefined();
    else expect(attributes.amountUsd).toEqual(["float", deal.amountUsd]);
  }
  const equity = read.edges.find(([, , key]) => key === "nvidia-openai-equity")!;
  expect(equity[3].description).toEqual(["str", hostile]);
}
