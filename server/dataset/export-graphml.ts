// GraphML (networkx `read_graphml`, Gephi, yEd, igraph): typed <key> declarations, a directed
// graph with one <edge id> per deal so parallel deals stay distinct (networkx reads a MultiDiGraph).

import type { Dataset } from "../analysis/types.js";
import {
  DEAL_COLUMNS,
  dealToColumns,
  ENTITY_COLUMNS,
  entityToColumns,
  NUMERIC_DEAL_COLUMNS,
} from "./export-columns.js";
import { GRAPH_EDGE_ATTRIBUTE } from "./export-gexf.js";
import { escapeXmlAttribute as attr, escapeXmlText as text } from "./export-xml-text.js";

interface Key {
  id: string;
  for: "graph" | "node" | "edge";
  name: string;
  type: "string" | "double";
}

const GRAPH_KEYS: Key[] = ["version", "updated"].map((name) => ({
  id: `g_${name}`,
  for: "graph",
  name,
  type: "string",
}));
const NODE_KEYS: Key[] = ENTITY_COLUMNS.filter((c) => c !== "id").map((column) => {
  // The name is the node label, as Gephi and yEd expect.
  const name = column === "name" ? "label" : column;
  return { id: `n_${name}`, for: "node", name, type: "string" };
});
const EDGE_KEYS: Key[] = [
  { id: "e_label", for: "edge", name: "label", type: "string" },
  ...DEAL_COLUMNS.filter((c) => c !== "id" && c !== "from" && c !== "to").map((column): Key => {
    const name = GRAPH_EDGE_ATTRIBUTE[column] ?? column;
    const type = NUMERIC_DEAL_COLUMNS.has(column) ? "double" : "string";
    return { id: `e_${name}`, for: "edge", name, type };
  }),
];

/** GraphML's own keys, for importGraphml. */
export const GRAPHML_KEYS: readonly Key[] = [...GRAPH_KEYS, ...NODE_KEYS, ...EDGE_KEYS];

function data(key: string, value: string | number | null | undefined, indent: string): string {
  if (value === null || value === undefined || value === "") return "";
  return `${indent}<data key="${key}">${text(String(value))}</data>\n`;
}

/** The dataset as GraphML text; undisclosed amounts have no <data> (they read back as null). */
export function exportGraphml(dataset: Dataset): string {
  let out =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns ' +
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const key of GRAPHML_KEYS) {
    out += `  <key id="${key.id}" for="${key.for}" attr.name="${key.name}" attr.type="${key.type}"/>\n`;
  }
  out += '  <graph id="roundtrip" edgedefault="directed">\n';
  out += data("g_version", dataset.version, "    ");
  out += data("g_updated", dataset.updated, "    ");
  for (const entity of dataset.entities) {
    const columns = entityToColumns(entity);
    out += `    <node id="${attr(entity.id)}">\n`;
    for (const column of ENTITY_COLUMNS) {
      if (column === "id") continue;
      out += data(column === "name" ? "n_label" : `n_${column}`, columns[column], "      ");
    }
    out += "    </node>\n";
  }
  for (const deal of dataset.deals) {
    const columns = dealToColumns(deal);
    out += `    <edge id="${attr(deal.id)}" source="${attr(deal.from)}" target="${attr(deal.to)}">\n`;
    out += data("e_label", deal.type, "      ");
    for (const column of DEAL_COLUMNS) {
      if (column === "id" || column === "from" || column === "to") continue;
      out += data(`e_${GRAPH_EDGE_ATTRIBUTE[column] ?? column}`, columns[column], "      ");
    }
    out += "    </edge>\n";
  }
  return `${out}  </graph>\n</graphml>\n`;
}
