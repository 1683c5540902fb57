import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportGraphml } from "../../server/dataset/export-graphml.js";
import { importGraphml } from "../../server/dataset/import-graphml.js";
import { importXmlDocument } from "../../server/dataset/import-xml-document.js";
import { arbitraryHostileDataset } from "../fixtures/arbitrary-hostile-dataset.js";
import { hostileDataset } from "../fixtures/hostile-dataset.js";
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
