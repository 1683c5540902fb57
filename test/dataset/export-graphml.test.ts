import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportGraphml } from "../../server/dataset/export-graphml.js";
import { importGraphml } from "../../server/dataset/import-graphml.js";
import { importXmlDocument } from "../../server/dataset/import-xml-document.js";
import { arbitraryHostileDataset } from "../fixtures/arbitrary-hostile-dataset.js";
import { HOSTILE, hostileDataset } from "../fixtures/hostile-dataset.js";
import { hasNetworkx, runPython } from "./run-python.js";
import { idsSurviveXml, xmlSafeDataset } from "./xml-safe-dataset.js";

describe("exportGraphml", () => {
  it("declares typed keys and a directed graph", () => {
    const xml = exportGraphml(hostileDataset());
    expect(xml).toContain(
      '<key id="e_amountUsd" for="edge" attr.name="amountUsd" attr.type="double"/>',
    );
    expect(xml).toContain('<key id="n_label" for="node" attr.name="label" attr.type="string"/>');
    expect(xml).toContain('<graph id="roundtrip" edgedefault="directed">');
  });

  it("gives every deal its own edge id, parallel deals included", () => {
    const xml = exportGraphml(hostileDataset());
    expect(xml.match(/<edge /g)).toHaveLength(5);
    expect(xml).toContain('<edge id="nvidia-openai-parallel" source="nvidia" target="openai">');
  });

  it("escapes hostile text in attributes and element text", () => {
    const xml = exportGraphml(hostileDataset());
    expect(xml).not.toContain("<img");
    expect(xml).toContain('<node id="__proto__">');
    expect(xml).toContain('<node id="oracle, inc">');
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; "quoted"');
    expect(xml).toContain("newline&#13;\ncrlf");
    expect(() => importXmlDocument("test", xml, "graphml")).not.toThrow();
  });

  it("gives the same bytes for the same dataset", () => {
    expect(exportGraphml(hostileDataset())).toBe(exportGraphml(hostileDataset()));
  });

  it("imports back to the same dataset", () => {
    expect(importGraphml(exportGraphml(hostileDataset())).dataset).toEqual(hostileDataset());
  });

  it("keeps noncharacters of later sources, which travel as JSON text", () => {
    const dataset = hostileDataset();
    dataset.deals[0]!.sources = [{ url: "https://example.com" }, { title: "\uFFFE\u0000\uFFFF" }];
    const back = importGraphml(exportGraphml(dataset)).dataset;
    expect(back.deals[0]!.sources[1]).toEqual({ title: "\uFFFE\u0000\uFFFF" });
  });

  it("round-trips random datasets (hostile strings, unicode, null amounts, parallel deals)", () => {
    fc.assert(
      fc.property(arbitraryHostileDataset, (dataset) => {
        fc.pre(idsSurviveXml(dataset));
        expect(importGraphml(exportGraphml(dataset)).dataset).toEqual(xmlSafeDataset(dataset));
      }),
      { numRuns: 200 },
    );
  });
});

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
