import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { exportSvg, type SvgScene } from "../../server/dataset/export-svg.js";
import { datasetScene } from "../../server/dataset/svg-scene.js";
import { HOSTILE, hostileDataset } from "../fixtures/hostile-dataset.js";

/** Parse strictly: any well-formedness error throws. */
function parse(svg: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") errors.push(message);
    },
  }).parseFromString(svg, "image/svg+xml");
  expect(errors).toEqual([]);
  return doc;
}

const texts = (svg: string) =>
  Array.from(parse(svg).getElementsByTagName("text")).map((t) => t.textContent ?? "");

const TINY: SvgScene = {
  title: "Tiny <loop> & co",
  lines: ["As of 31 Mar 2025", "Filters: none"],
  credit: "Roundtrip · test.json 1 · CC0",
  legend: [
    { label: "ai lab", color: "#E69F00", shape: "disc" },
    { label: "equity deal", color: "#56B4E9", shape: "line" },
  ],
  nodes: [
    { id: "a", x: 0, y: 0, size: 10, color: "#E69F00", label: "Alpha" },
    { id: "b", x: 100, y: 50, size: 6, color: "#009E73", label: "B & <b>" },
    { id: "c", x: 50, y: -40, size: 4, color: "#56B4E9", label: null },
  ],
  edges: [
    { id: "ab", source: "a", target: "b", size: 2, color: "#56B4E9", curvature: 0.12 },
    { id: "ba", source: "b", target: "a", size: 1, color: "#56B4E9", curvature: 0.12 },
    { id: "bc", source: "b", target: "c", size: 1, color: "#56B4E9", curvature: 0.26 },
    { id: "dangling", source: "a", target: "nowhere", size: 1, color: "#fff", curvature: 0 },
  ],
  colors: { background: "#0E1116", text: "#E6EAF0", muted: "#9AA3AE", halo: "#0E1116" },
};

describe("exportSvg", () => {
  it("matches the golden document for a tiny graph", async () => {
    await expect(exportSvg(TINY)).toMatchFileSnapshot("../golden/tiny-view.svg");
  });

  it("draws every node, one curve and arrowhead per edge with both ends, labels as text", () => {
    const svg = exportSvg(TINY);
    const doc = parse(svg);
    expect(doc.documentElement!.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    expect(doc.getElementsByTagName("circle").length).toBe(3 + 1); // nodes + legend disc
    expect(doc.getElementsByTagName("path").length).toBe(3);
    expect(doc.getElementsByTagName("polygon").length).toBe(3);
    expect(texts(svg)).toEqual(
      expect.arrayContaining([
        "Tiny <loop> & co",
        "As of 31 Mar 2025",
        "Filters: none",
        "Alpha",
        "B & <b>",
        "ai lab",
        "equity deal",
        "Roundtrip · test.json 1 · CC0",
      ]),
    );
  });

  it("bends an edge to the right of its direction, so opposite deals fall apart", () => {
    const doc = parse(exportSvg(TINY));
    const paths = Array.from(doc.getElementsByTagName("path")).map((p) => p.getAttribute("d")!);
    const control = (d: string) => d.split("Q")[1]!.split(" ").slice(0, 2).map(Number);
    expect(control(paths[0]!)).not.toEqual(control(paths[1]!));
  });

  it("escapes hostile names and carries no script, event handler, link or foreign colour", () => {
    const scene: SvgScene = {
      ...TINY,
      title: HOSTILE,
      credit: "</svg><script>alert(1)</script>",
      nodes: TINY.nodes.map((node) => ({ ...node, id: `"${node.id}><x`, label: HOSTILE })),
      edges: [
        {
          id: "x",
          source: `"a><x`,
          target: `"b><x`,
          size: 1,
          color: "url(https://evil.example/x.svg#a)",
          curvature: 0.1,
        },
      ],
      legend: [{ label: HOSTILE, color: "red;background:url(x)", shape: "disc" }],
    };
    const svg = exportSvg(scene);
    const doc = parse(svg);
    expect(doc.getElementsByTagName("script").length).toBe(0);
    expect(doc.getElementsByTagName("img").length).toBe(0);
    const allowed = [
      "svg",
      "title",
      "desc",
      "rect",
      "g",
      "path",
      "polygon",
      "circle",
      "line",
      "text",
    ];
    for (const element of Array.from(doc.getElementsByTagName("*"))) {
      expect(allowed).toContain(element.tagName);
      for (const attribute of Array.from(element.attributes)) {
        expect(attribute.name).not.toMatch(/^on|href/i);
        expect(attribute.value).not.toMatch(/url\(|javascript:/i);
      }
    }
    // The hostile text comes back intact as text: the title, three labels and the legend.
    expect(texts(svg).filter((t) => t === HOSTILE).length).toBe(5);
    const circles = Array.from(doc.getElementsByTagName("circle"));
    expect(circles[0]!.getAttribute("data-entity")).toBe(`"a><x`);
  });

  it("draws a scene of a dataset: included deals, their entities, a legend of what is shown", () => {
    const dataset = hostileDataset();
    const positions = new Map(dataset.entities.map((e, i) => [e.id, { x: i * 10, y: i % 2 }]));
    const scene = datasetScene(dataset, positions, { asOf: "2025-12" }, "light", {
      source: "data/<deals>.json",
      licence: "CC BY 4.0",
    });
    // Not drawn: the self-deal, the cancelled deal, and the undisclosed deal that openai-oracle
    // supersedes (SPEC §2).
    expect(scene.edges.map((e) => e.id).sort()).toEqual([
      "nvidia-openai-equity",
      "openai-oracle",
      "oracle-nvidia",
    ]);
    expect(scene.nodes.map((n) => n.id)).toEqual(["nvidia", "openai", "oracle, inc"]);
    // None of them is a firm commitment (headline, estimate, amended): all dashed, and said so.
    expect(scene.edges.every((e) => e.dashed)).toBe(true);
    expect(scene.legend.map((item) => item.shape)).toContain("dashed");
    expect(scene.lines[0]).toBe("As of Dec 2025");
    expect(scene.credit).toBe("Roundtrip · data/<deals>.json 2026.1 · CC BY 4.0");
    const svg = exportSvg(scene);
    expect(texts(svg)).toEqual(expect.arrayContaining(["Nvidia", "OpenAI", "hyperscaler"]));
    expect(svg).toContain("data/&lt;deals&gt;.json");
  });
});
