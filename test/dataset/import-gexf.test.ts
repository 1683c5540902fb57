import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MalformedDocumentError } from "../../server/dataset/import-error.js";
import { importGexf } from "../../server/dataset/import-gexf.js";
import { invalidDatasetProblems } from "../fixtures/invalid-dataset-problems.js";
import { hasNetworkx } from "./run-python.js";

const HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
<attributes class="node"><attribute id="0" title="kind" type="string"/></attributes>
<attributes class="edge">
  <attribute id="0" title="dealType" type="string"/>
  <attribute id="1" title="amountUsd" type="long"/>
  <attribute id="2" title="date" type="string"/>
  <attribute id="3" title="status" type="string"><default>closed</default></attribute>
  <attribute id="4" title="amountBasis" type="string"><default>committed</default></attribute>
</attributes>`;

const problemsOf = (text: string) => invalidDatasetProblems(() => importGexf(text));

describe("importGexf", () => {
  it("reads attvalues by their declared titles, with defaults, labels as names", () => {
    const xml = `${HEAD}<nodes><node id="a" label="Alpha"><attvalues><attvalue for="0" value="ai_lab"/></attvalues></node>
      <node id="b" label="Beta"/></nodes>
      <edges><edge id="d1" source="a" target="b"><attvalues><attvalue for="0" value="warrant"/>
      <attvalue for="1" value="3000000000"/><attvalue for="2" value="2024-06"/></attvalues></edge></edges>
      </graph></gexf>`;
    const { dataset } = importGexf(xml);
    expect(dataset.entities).toEqual([
      { id: "a", name: "Alpha", kind: "ai_lab" },
      { id: "b", name: "Beta", kind: "other" },
    ]);
    expect(dataset.deals).toEqual([
      {
        id: "d1",
        from: "a",
        to: "b",
        type: "warrant",
        amountUsd: 3_000_000_000,
        amountBasis: "committed",
        date: "2024-06",
        status: "closed",
        sources: [{}],
      },
    ]);
  });

  it("locates problems by element and attribute, all at once", () => {
    const xml = `${HEAD}<nodes><node id="a"/></nodes><edges>
      <edge id="d1" source="a" target="b"><attvalues><attvalue for="0" value="loan"/><attvalue for="2" value="soon"/></attvalues></edge>
      </edges></graph></gexf>`;
    expect(problemsOf(xml)).toEqual([
      { path: 'edge "d1", attribute "date"', message: expect.stringContaining("YYYY") },
      { path: 'edge "d1", attribute "target"', message: 'unknown entity "b"' },
      { path: 'node "a", attribute "label"', message: "missing field" },
    ]);
  });

  it("rejects XML that is not well-formed, or not GEXF, as malformed", () => {
    expect(() => importGexf("<gexf><graph></gexf>")).toThrow(MalformedDocumentError);
    expect(() => importGexf("<graphml/>")).toThrow(/expected a <gexf> document/);
    expect(() => importGexf("<gexf/>")).toThrow(/no <graph> element/);
  });

  it("takes ids such as __proto__ as plain ids without touching Object.prototype", () => {
    const xml = `${HEAD}<nodes><node id="__proto__" label="P"/><node id="toString" label="T"/></nodes><edges>
      <edge id="e" source="__proto__" target="toString"><attvalues><attvalue for="0" value="loan"/><attvalue for="2" value="2025"/></attvalues></edge>
      </edges></graph></gexf>`;
    expect(importGexf(xml).dataset.deals[0]).toMatchObject({ from: "__proto__", to: "toString" });
    expect(Object.keys(Object.getPrototypeOf({}))).toEqual([]);
  });

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
