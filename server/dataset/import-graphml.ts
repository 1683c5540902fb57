// Read GraphML (ours, networkx's, yEd's, Gephi's) into a validated dataset: nodes are entities
// (`label` or `name` = name), edges are deals (edge id = deal id), <data> by the keys' attr.name.
// NOTE: read from the DOM (xmldom) rather than through graphology-graphml's parser: that parser
// builds a graphology graph, whose plain-object adjacency lets an uploaded node id such as
// "__proto__" corrupt Object.prototype in the server.

import { MalformedDocumentError } from "./import-error.js";
import { type GraphElements, importGraph } from "./import-graph.js";
import type { ImportedDataset } from "./import-records.js";
import { elementsByName, importXmlDocument, type XmlElement } from "./import-xml-document.js";

type Scope = "graph" | "node" | "edge";

function readKeys(doc: ReturnType<typeof importXmlDocument>) {
  const names = new Map<string, string>();
  const defaults: Record<Scope, Map<string, string>> = {
    graph: new Map(),
    node: new Map(),
    edge: new Map(),
  };
  for (const key of elementsByName(doc, "key")) {
    const id = key.getAttribute("id") ?? "";
    const name = key.getAttribute("attr.name") || id;
    names.set(id, name);
    const scope = key.getAttribute("for") ?? "all";
    const fallback = elementsByName(key, "default")[0];
    if (fallback === undefined) continue;
    for (const s of ["graph", "node", "edge"] as const) {
      if (scope === s || scope === "all") defaults[s].set(name, fallback.textContent ?? "");
    }
  }
  return { names, defaults };
}

/** The <data> children of an element (not of nested graphs), by attribute name. */
function readData(element: XmlElement, keys: ReturnType<typeof readKeys>, scope: Scope) {
  const attributes = new Map(keys.defaults[scope]);
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType !== 1 || (child as XmlElement).localName !== "data") continue;
    const key = (child as XmlElement).getAttribute("key") ?? "";
    attributes.set(keys.names.get(key) ?? key, child.textContent ?? "");
  }
  return attributes;
}

/** Parse GraphML text; throws MalformedDocumentError (not XML / not GraphML) or InvalidDatasetError. */
export function importGraphml(text: string): ImportedDataset {
  const doc = importXmlDocument("importGraphml", text, "graphml");
  const graph = elementsByName(doc, "graph")[0];
  if (graph === undefined) {
    throw new MalformedDocumentError("importGraphml", [
      { path: "", message: "no <graph> element" },
    ]);
  }
  const keys = readKeys(doc);
  const elements: GraphElements = {
    graph: readData(graph, keys, "graph"),
    nodes: elementsByName(graph, "node").map((element) => ({
      id: element.getAttribute("id") ?? "",
      attributes: readData(element, keys, "node"),
    })),
    edges: elementsByName(graph, "edge").map((element, i) => ({
      id: element.getAttribute("id") || `edge-${i + 1}`,
      source: element.getAttribute("source") ?? "",
      target: element.getAttribute("target") ?? "",
      attributes: readData(element, keys, "edge"),
    })),
  };
  return importGraph(elements);
}
