// Shared by importGexf and importGraphml: node and edge elements, their attributes read by
// name (as export-gexf / export-graphml write them), into validated records located by element.

import {
  DEAL_COLUMNS,
  type DealColumn,
  ENTITY_COLUMNS,
  type EntityColumn,
} from "./export-columns.js";
import { GRAPH_EDGE_ATTRIBUTE } from "./export-gexf.js";
import {
  type ImportedDataset,
  importRecords,
  type RawCell,
  type RawRecord,
} from "./import-records.js";

export interface GraphElement {
  id: string;
  /** Attribute name → value as text. A Map: names come from the file (`__proto__` is safe). */
  attributes: Map<string, string>;
}

export interface GraphEdgeElement extends GraphElement {
  source: string;
  target: string;
}

export interface GraphElements {
  graph: Map<string, string>;
  nodes: GraphElement[];
  edges: GraphEdgeElement[];
}

const pick = (attributes: Map<string, string>, ...names: string[]): RawCell => {
  for (const name of names) {
    const value = attributes.get(name);
    if (value !== undefined) return value;
  }
  return undefined;
};

const ATTRIBUTE_OF: Record<string, string> = { name: "label", from: "source", to: "target" };

/** Records from the elements, validated, problems located by element and attribute. */
export function importGraph(elements: GraphElements): ImportedDataset {
  const entities = elements.nodes.map(({ id, attributes }) => {
    const record: RawRecord<EntityColumn> = { id, name: pick(attributes, "label", "name") };
    for (const column of ENTITY_COLUMNS) {
      if (column !== "id" && column !== "name") record[column] = pick(attributes, column);
    }
    return record;
  });
  const deals = elements.edges.map(({ id, source, target, attributes }) => {
    const record: RawRecord<DealColumn> = { id, from: source, to: target };
    for (const column of DEAL_COLUMNS) {
      if (column === "id" || column === "from" || column === "to") continue;
      const name = GRAPH_EDGE_ATTRIBUTE[column];
      record[column] = name ? pick(attributes, name, column) : pick(attributes, column);
    }
    return record;
  });
  const where = (element: string, id: string | undefined, column: string | null) => {
    const at = `${element} ${JSON.stringify(id ?? "")}`;
    if (column === null || column === "id") return at;
    const attribute = ATTRIBUTE_OF[column] ?? GRAPH_EDGE_ATTRIBUTE[column] ?? column;
    return `${at}, attribute ${JSON.stringify(attribute)}`;
  };
  return importRecords(
    entities,
    deals,
    {
      entity: (i, column) => where("node", elements.nodes[i]?.id, column),
      deal: (i, column) => where("edge", elements.edges[i]?.id, column),
    },
    { version: pick(elements.graph, "version"), updated: pick(elements.graph, "updated") },
  );
}
