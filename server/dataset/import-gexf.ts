// Read GEXF 1.1–1.3 (ours, Gephi's, networkx's) into a validated dataset: nodes are entities
// (label = name), edges are deals (edge id = deal id), attvalues by their declared titles.
// NOTE: read from the DOM (xmldom) rather than through graphology-gexf's parser: that parser
// builds a graphology graph, whose plain-object adjacency lets an uploaded node id such as
// "__proto__" corrupt Object.prototype in the server.

import { MalformedDocumentError } from "./import-error.js";
import {
  type GraphEdgeElement,
  type GraphElement,
  type GraphElements,
  importGraph,
} from "./import-graph.js";
import type { ImportedDataset } from "./import-records.js";
import { elementsByName, importXmlDocument, type XmlElement } from "./import-xml-document.js";

/** Attribute id → title, and titles' default values, for one class (node or edge). */
function readModel(graph: XmlElement, kind: "node" | "edge") {
  const titles = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (const block of elementsByName(graph, "attributes")) {
    if ((block.getAttribute("class") ?? "node") !== kind) continue;
    for (const attribute of elementsByName(block, "attribute")) {
      const id = attribute.getAttribute("id") ?? "";
      const title = attribute.getAttribute("title") || id;
      titles.set(id, title);
      const fallback = elementsByName(attribute, "default")[0];
      if (fallback) defaults.set(title, fallback.textContent ?? "");
    }
  }
  return { titles, defaults };
}

function readAttributes(element: XmlElement, model: ReturnType<typeof readModel>) {
  const attributes = new Map(model.defaults);
  const label = element.getAttribute("label");
  if (label) attributes.set("label", label);
  for (const value of elementsByName(element, "attvalue")) {
    const id = value.getAttribute("for") ?? value.getAttribute("id") ?? "";
    attributes.set(model.titles.get(id) ?? id, value.getAttribute("value") ?? "");
  }
  return attributes;
}

/** `Roundtrip dataset; version "…"; updated "…"` (export-gexf): each field a JSON string. */
const DESCRIPTION_FIELD = /(?:^|; )(version|updated) ("(?:[^"\\]|\\.)*")/g;

/** Our GEXF 1.3 files carry version and updated in the description; older ones as elements. */
function readDescription(meta: Map<string, string>): void {
  const description = meta.get("description");
  if (description === undefined || !description.startsWith("Roundtrip dataset")) return;
  for (const [, field, json] of description.matchAll(DESCRIPTION_FIELD)) {
    try {
      const value: unknown = JSON.parse(json!);
      if (typeof value === "string" && !meta.has(field!)) meta.set(field!, value);
    } catch {
      // Not ours after all: leave the description alone.
    }
  }
}

/** Parse GEXF text; throws MalformedDocumentError (not XML / not GEXF) or InvalidDatasetError. */
export function importGexf(text: string): ImportedDataset {
  const doc = importXmlDocument("importGexf", text, "gexf");
  const graph = elementsByName(doc, "graph")[0];
  if (graph === undefined) {
    throw new MalformedDocumentError("importGexf", [{ path: "", message: "no <graph> element" }]);
  }
  const nodeModel = readModel(graph, "node");
  const edgeModel = readModel(graph, "edge");
  const nodes: GraphElement[] = elementsByName(graph, "node").map((element) => ({
    id: element.getAttribute("id") ?? "",
    attributes: readAttributes(element, nodeModel),
  }));
  const edges: GraphEdgeElement[] = elementsByName(graph, "edge").map((element, i) => ({
    id: element.getAttribute("id") || `edge-${i + 1}`,
    source: element.getAttribute("source") ?? "",
    target: element.getAttribute("target") ?? "",
    attributes: readAttributes(element, edgeModel),
  }));
  const meta = new Map<string, string>();
  for (const block of elementsByName(doc, "meta")) {
    for (const child of Array.from(block.childNodes)) {
      if (child.nodeType === 1) {
        meta.set((child as XmlElement).localName ?? "", child.textContent ?? "");
      }
    }
  }
  readDescription(meta);
  const elements: GraphElements = { graph: meta, nodes, edges };
  return importGraph(elements);
}
