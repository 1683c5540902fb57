import { describe, expect, it } from "vitest";
import { MalformedDocumentError } from "../../server/dataset/import-error.js";
import { importGraphml } from "../../server/dataset/import-graphml.js";
import { invalidDatasetProblems } from "../fixtures/invalid-dataset-problems.js";

const HEAD = '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">';
const KEYS =
  '<key id="k0" for="node" attr.name="label" attr.type="string"/>' +
  '<key id="k1" for="edge" attr.name="dealType" attr.type="string"/>' +
  '<key id="k2" for="edge" attr.name="amountUsd" attr.type="double"/>' +
  '<key id="k3" for="edge" attr.name="date" attr.type="string"/>' +
  '<key id="k4" for="edge" attr.name="status" attr.type="string"><default>signed</default></key>' +
  '<key id="k5" for="edge" attr.name="amountBasis" attr.type="string"><default>committed</default></key>' +
  '<key id="k6" for="edge" attr.name="sourceUrl" attr.type="string"/>';

const problemsOf = (text: string) => invalidDatasetProblems(() => importGraphml(text));

describe("importGraphml", () => {
  it("reads nodes as entities and edges as deals, applying key defaults", () => {
    const xml = `${HEAD}${KEYS}<graph edgedefault="directed">
      <node id="a"><data key="k0">Alpha</data></node><node id="b"><data key="k0">Beta</data></node>
      <edge id="d1" source="a" target="b"><data key="k1">loan</data><data key="k2">12.5</data><data key="k3">2025</data><data key="k6">https://x.example</data></edge>
      <edge source="a" target="b"><data key="k1">loan</data><data key="k3">2025</data></edge>
    </graph></graphml>`;
    const { dataset } = importGraphml(xml);
    expect(dataset.entities).toEqual([
      { id: "a", name: "Alpha", kind: "other" },
      { id: "b", name: "Beta", kind: "other" },
    ]);
    expect(dataset.deals).toEqual([
      {
        id: "d1",
        from: "a",
        to: "b",
        type: "loan",
        amountUsd: 12.5,
        amountBasis: "committed",
        date: "2025",
        status: "signed",
        sources: [{ url: "https://x.example" }],
      },
      {
        id: "edge-2",
        from: "a",
        to: "b",
        type: "loan",
        amountUsd: null,
        amountBasis: "committed",
        date: "2025",
        status: "signed",
        sources: [{}],
      },
    ]);
  });

  it("locates problems by element and attribute, all at once", () => {
    const xml = `${HEAD}${KEYS}<graph edgedefault="directed">
      <node id="a"><data key="k0">Alpha</data></node><node id="a"><data key="k0">Again</data></node>
      <edge id="d1" source="a" target="zz"><data key="k1">loan</data><data key="k2">-3</data><data key="k3">2025</data></edge>
      <edge id="d1" source="a" target="a"><data key="k1">bribe</data><data key="k3">2025</data></edge>
    </graph></graphml>`;
    expect(problemsOf(xml)).toEqual(
      expect.arrayContaining([
        { path: 'node "a"', message: 'duplicate entity id "a" (first at node "a")' },
        { path: 'edge "d1"', message: 'duplicate deal id "d1" (first at edge "d1")' },
        { path: 'edge "d1", attribute "target"', message: 'unknown entity "zz"' },
        { path: 'edge "d1", attribute "amountUsd"', message: expect.stringContaining("≥ 0") },
        { path: 'edge "d1", attribute "dealType"', message: expect.stringContaining('"bribe"') },
      ]),
    );
  });

  it("rejects XML that is not well-formed, or not GraphML, as malformed", () => {
    expect(() => importGraphml("<graphml><graph></graphml>")).toThrow(MalformedDocumentError);
    expect(() => importGraphml("<gexf/>")).toThrow(/expected a <graphml> document/);
    expect(() => importGraphml("")).toThrow(MalformedDocumentError);
  });

  it("takes ids such as __proto__ as plain ids without touching Object.prototype", () => {
    const xml = `${HEAD}${KEYS}<graph edgedefault="directed">
      <node id="__proto__"><data key="k0">P</data></node><node id="constructor"><data key="k0">C</data></node>
      <edge id="__proto__" source="__proto__" target="constructor"><data key="k1">loan</data><data key="k3">2025</data></edge>
      <edge id="x" source="constructor" target="__proto__"><data key="k1">loan</data><data key="k3">2025</data></edge>
    </graph></graphml>`;
    const { dataset } = importGraphml(xml);
    expect(dataset.entities.map((e) => e.id)).toEqual(["__proto__", "constructor"]);
    expect(dataset.deals.map((d) => [d.from, d.to])).toEqual([
      ["__proto__", "constructor"],
      ["constructor", "__proto__"],
    ]);
    const probe: Record<string, unknown> = {};
    expect(Object.keys(Object.getPrototypeOf(probe))).toEqual([]);
  });
});
