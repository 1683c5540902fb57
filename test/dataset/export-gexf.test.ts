import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportGexf } from "../../server/dataset/export-gexf.js";
import { importGexf } from "../../server/dataset/import-gexf.js";
import { importXmlDocument } from "../../server/dataset/import-xml-document.js";
import { arbitraryHostileDataset } from "../fixtures/arbitrary-hostile-dataset.js";
import { HOSTILE, hostileDataset } from "../fixtures/hostile-dataset.js";
import { hasNetworkx, runPython } from "./run-python.js";
import { idsSurviveXml, xmlSafeDataset } from "./xml-safe-dataset.js";

describe("exportGexf", () => {
  it("declares every attribute with its type, amountUsd as a double", () => {
    const xml = exportGexf(hostileDataset());
    expect(xml).toContain('<attribute id="amountUsd" title="amountUsd" type="double"/>');
    expect(xml).toContain('<attribute id="dealType" title="dealType" type="string"/>');
    expect(xml).toContain('<attribute id="kind" title="kind" type="string"/>');
    expect(xml).toContain('<graph defaultedgetype="directed" mode="static">');
  });

  it("writes one edge per deal with its id, parallel deals included", () => {
    const xml = exportGexf(hostileDataset());
    expect(xml.match(/<edge /g)).toHaveLength(5);
    expect(xml).toContain('<edge id="nvidia-openai-equity" source="nvidia" target="openai"');
    expect(xml).toContain('<edge id="nvidia-openai-parallel" source="nvidia" target="openai"');
  });

  it("leaves undisclosed amounts out rather than writing a fake number", () => {
    const xml = exportGexf(hostileDataset());
    const parallel = xml.slice(xml.indexOf('id="nvidia-openai-parallel"'));
    expect(parallel.slice(0, parallel.indexOf("</edge>"))).not.toContain('for="amountUsd"');
  });

  it("escapes hostile text so that the document stays well-formed and inert", () => {
    const xml = exportGexf(hostileDataset());
    expect(xml).not.toContain("<img");
    expect(xml).toContain("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;");
    expect(() => importXmlDocument("test", xml, "gexf")).not.toThrow();
  });

  it("replaces characters XML cannot carry with U+FFFD", () => {
    const dataset = hostileDataset();
    dataset.entities[0]!.name = "bell\u0007 nul\u0000";
    const back = importGexf(exportGexf(dataset)).dataset;
    expect(back.entities[0]!.name).toBe("bell\uFFFD nul\uFFFD");
  });

  it("gives the same bytes for the same dataset", () => {
    expect(exportGexf(hostileDataset())).toBe(exportGexf(hostileDataset()));
  });

  it("imports back to the same dataset", () => {
    expect(importGexf(exportGexf(hostileDataset())).dataset).toEqual(hostileDataset());
    const text = exportGexf(hostileDataset());
    expect(importGexf(text).dataset.deals[0]!.description).toBe(HOSTILE);
  });

  it("round-trips random datasets (hostile strings, unicode, null amounts, parallel deals)", () => {
    fc.assert(
      fc.property(arbitraryHostileDataset, (dataset) => {
        fc.pre(idsSurviveXml(dataset));
        expect(importGexf(exportGexf(dataset)).dataset).toEqual(xmlSafeDataset(dataset));
      }),
      { numRuns: 200 },
    );
  });
});

const READ_GEXF = `
import json, sys, networkx as nx
G = nx.read_gexf(sys.argv[1])
print(json.dumps({
  "type": type(G).__name__,
  "nodes": {n: d for n, d in G.nodes(data=True)},
  "edges": [[u, v, k, {a: [type(x).__name__, x] for a, x in d.items()}] for u, v, k, d in G.edges(keys=True, data=True)],
}))
`;

describe("exportGexf read by networkx", () => {
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
