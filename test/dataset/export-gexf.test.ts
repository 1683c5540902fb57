import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeDate } from "../../server/analysis/inclusion.js";
import { exportGexf } from "../../server/dataset/export-gexf.js";
import { importGexf } from "../../server/dataset/import-gexf.js";
import { importXmlDocument } from "../../server/dataset/import-xml-document.js";
import { arbitraryHostileDataset } from "../fixtures/arbitrary-hostile-dataset.js";
import { HOSTILE, hostileDataset } from "../fixtures/hostile-dataset.js";
import { hasGexfSchema, validateGexf } from "./gexf-schema.js";
import { hasNetworkx, runPython } from "./run-python.js";
import { idsSurviveXml, xmlSafeDataset } from "./xml-safe-dataset.js";

describe("exportGexf", () => {
  it("declares every attribute with its type, amountUsd as a double", () => {
    const xml = exportGexf(hostileDataset());
    expect(xml).toContain('<attribute id="amountUsd" title="amountUsd" type="double"/>');
    expect(xml).toContain('<attribute id="dealType" title="dealType" type="string"/>');
    expect(xml).toContain('<attribute id="kind" title="kind" type="string"/>');
    expect(xml).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(xml).toContain('version="1.3"');
    expect(xml).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
  });

  it("starts each edge at its deal's date, a partial date at its first day (Gephi's timeline)", () => {
    const dataset = hostileDataset();
    dataset.deals[0]!.date = "2025-09";
    dataset.deals[1]!.date = "2024";
    const xml = exportGexf(dataset);
    const edge = (id: string) => {
      const at = xml.indexOf(`<edge id="${id}"`);
      return xml.slice(at, xml.indexOf(">", at));
    };
    expect(edge(dataset.deals[0]!.id)).toContain('start="2025-09-01"');
    expect(edge(dataset.deals[1]!.id)).toContain('start="2024-01-01"');
    expect(xml.match(/<edge [^>]* start="\d{4}-\d{2}-\d{2}"/g)).toHaveLength(dataset.deals.length);
  });

  it("writes the viewer's layout and palette as viz:position, viz:color and viz:size", () => {
    const dataset = hostileDataset();
    const [first, second] = dataset.entities;
    const xml = exportGexf(dataset, {
      positions: new Map([
        [first!.id, { x: 12.5, y: -3 }],
        [second!.id, { x: Number.NaN, y: 1 }],
      ]),
      nodeColor: (entity) => (entity.id === first!.id ? "#E69F00" : "not a colour"),
      nodeSize: () => 7,
      edgeColor: () => "#0072b2",
    });
    const node = (id: string) => {
      const at = xml.indexOf(`<node id="${id}"`);
      return xml.slice(at, xml.indexOf("</node>", at));
    };
    expect(node(first!.id)).toContain('<viz:color r="230" g="159" b="0"/>');
    expect(node(first!.id)).toContain('<viz:position x="12.5" y="-3" z="0"/>');
    expect(node(first!.id)).toContain('<viz:size value="7"/>');
    // A bad colour or a non-finite coordinate is left out, never written as garbage.
    expect(node(second!.id)).not.toContain("viz:color");
    expect(node(second!.id)).not.toContain("viz:position");
    expect(xml.match(/<viz:color r="0" g="114" b="178"\/>/g)).toHaveLength(dataset.deals.length);
    // The viz elements do not change what reads back.
    expect(importGexf(xml).dataset).toEqual(importGexf(exportGexf(dataset)).dataset);
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

describe("exportGexf against the GEXF 1.3 schema", () => {
  it.runIf(hasGexfSchema)("validates with xmllint, viz and dynamic edges included", () => {
    const dataset = hostileDataset();
    const xml = exportGexf(dataset, {
      positions: new Map(dataset.entities.map((e, i) => [e.id, { x: i, y: -i }])),
      nodeColor: () => "#009E73",
      nodeSize: () => 4,
      edgeColor: () => "#56B4E9",
    });
    // NOTE: the published gexf.xsd declares color/position/size in the gexf namespace itself,
    // while the 1.3 primer, Gephi and networkx put them in http://gexf.net/1.3/viz as we do. So
    // the file is checked twice: with the viz elements moved into the gexf namespace (their
    // attributes and places checked by the schema's own definitions), and without them.
    const vizInGexfNamespace = xml.replaceAll("<viz:", "<");
    expect(validateGexf(vizInGexfNamespace)).toEqual({ valid: true, errors: "" });
    expect(validateGexf(xml.replace(/ *<viz:[^>]*\/>\n/g, ""))).toEqual({
      valid: true,
      errors: "",
    });
  });

  it.runIf(hasGexfSchema)("validates a random hostile dataset's export", () => {
    fc.assert(
      fc.property(arbitraryHostileDataset, (dataset) => {
        expect(validateGexf(exportGexf(dataset))).toEqual({ valid: true, errors: "" });
      }),
      { numRuns: 15 },
    );
  });
});

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
