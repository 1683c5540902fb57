import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportGexf } from "../../server/dataset/export-gexf.js";
import { importGexf } from "../../server/dataset/import-gexf.js";
import { importXmlDocument } from "../../server/dataset/import-xml-document.js";
import { arbitraryHostileDataset } from "../fixtures/arbitrary-hostile-dataset.js";
import { HOSTILE, hostileDataset } from "../fixtures/hostile-dataset.js";
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
