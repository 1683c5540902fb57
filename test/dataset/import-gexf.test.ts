import { describe, expect, it } from "vitest";
import { MalformedDocumentError } from "../../server/dataset/import-error.js";
import { importGexf } from "../../server/dataset/import-gexf.js";
import { invalidDatasetProblems } from "../fixtures/invalid-dataset-problems.js";

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
});
