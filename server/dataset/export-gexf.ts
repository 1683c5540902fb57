// GEXF 1.2 (Gephi, networkx `read_gexf`): one node per entity, one edge per deal (ids kept,
// parallel deals kept), every attribute declared with its type (amountUsd a double).
// NOTE: written directly rather than with graphology-gexf's writer: that writer needs a graphology
// graph, and graphology 0.26 keeps adjacency in plain objects, so a node id such as "__proto__"
// (a legal id, SPEC §1) corrupts Object.prototype. The file is the same GEXF 1.2.

import type { Dataset } from "../analysis/types.js";
import {
  type CellValue,
  DEAL_COLUMNS,
  dealToColumns,
  ENTITY_COLUMNS,
  entityToColumns,
  NUMERIC_DEAL_COLUMNS,
} from "./export-columns.js";
import { escapeXmlAttribute as attr, escapeXmlText as text } from "./export-xml-text.js";

/** Deal fields become edge attributes under these names (`type` would clash with Gephi's column). */
export const GRAPH_EDGE_ATTRIBUTE: Readonly<Record<string, string>> = Object.freeze({
  type: "dealType",
});

const NODE_ATTRIBUTES = ENTITY_COLUMNS.filter((c) => c !== "id" && c !== "name");
const EDGE_ATTRIBUTES = DEAL_COLUMNS.filter((c) => c !== "id" && c !== "from" && c !== "to");

function declarations(kind: "node" | "edge", columns: readonly string[]): string {
  let out = `    <attributes class="${kind}">\n`;
  for (const column of columns) {
    const name = kind === "edge" ? (GRAPH_EDGE_ATTRIBUTE[column] ?? column) : column;
    const type = NUMERIC_DEAL_COLUMNS.has(column as never) ? "double" : "string";
    out += `      <attribute id="${name}" title="${name}" type="${type}"/>\n`;
  }
  return `${out}    </attributes>\n`;
}

function attvalues(values: [string, CellValue][]): string {
  const present = values.filter(([, v]) => v !== null && v !== "");
  if (present.length === 0) return "";
  let out = "        <attvalues>\n";
  for (const [name, value] of present) {
    out += `          <attvalue for="${name}" value="${attr(String(value))}"/>\n`;
  }
  return `${out}        </attvalues>\n`;
}

/** The dataset as GEXF 1.2 text; undisclosed amounts have no attvalue (they read back as null). */
export function exportGexf(dataset: Dataset): string {
  let out =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n' +
    "  <meta>\n    <creator>Roundtrip</creator>\n";
  if (dataset.version !== undefined) out += `    <version>${text(dataset.version)}</version>\n`;
  if (dataset.updated !== undefined) out += `    <updated>${text(dataset.updated)}</updated>\n`;
  out += '  </meta>\n  <graph defaultedgetype="directed" mode="static">\n';
  out += declarations("node", NODE_ATTRIBUTES) + declarations("edge", EDGE_ATTRIBUTES);
  out += "    <nodes>\n";
  for (const entity of dataset.entities) {
    const c = entityToColumns(entity);
    out += `      <node id="${attr(entity.id)}" label="${attr(entity.name)}">\n`;
    out += attvalues(NODE_ATTRIBUTES.map((column) => [column, c[column]]));
    out += "      </node>\n";
  }
  out += "    </nodes>\n    <edges>\n";
  for (const deal of dataset.deals) {
    const c = dealToColumns(deal);
    out += `      <edge id="${attr(deal.id)}" source="${attr(deal.from)}" target="${attr(deal.to)}" label="${deal.type}">\n`;
    out += attvalues(
      EDGE_ATTRIBUTES.map((column) => [GRAPH_EDGE_ATTRIBUTE[column] ?? column, c[column]]),
    );
    out += "      </edge>\n";
  }
  return `${out}    </edges>\n  </graph>\n</gexf>\n`;
}
