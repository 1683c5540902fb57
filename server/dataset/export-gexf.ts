// GEXF 1.3 (Gephi, networkx `read_gexf`): one node per entity, one edge per deal (ids kept,
// parallel deals kept), every attribute declared with its type (amountUsd a double). Edges start
// at their deal's date (a dynamic graph: Gephi's timeline replays the deals); given a layout and a
// palette, nodes carry viz:position, viz:color and viz:size, edges viz:color.
// NOTE: written directly rather than with graphology-gexf's writer: that writer needs a graphology
// graph, and graphology 0.26 keeps adjacency in plain objects, so a node id such as "__proto__"
// (a legal id, SPEC §1) corrupts Object.prototype. The file is the same GEXF 1.2.

import { normalizeDate } from "../analysis/inclusion.js";
import type { Dataset, Deal, Entity } from "../analysis/types.js";
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

/** How the viewer draws the network: written as GEXF's viz extension so Gephi shows the same picture. */
export interface GexfVisual {
  /** Node positions by entity id (a Map: any string is a legal id). */
  positions?: ReadonlyMap<string, { x: number; y: number }>;
  /** `#rrggbb` colour of an entity's node. */
  nodeColor?: (entity: Entity) => string;
  /** Node radius in the layout's units. */
  nodeSize?: (entity: Entity) => number;
  /** `#rrggbb` colour of a deal's edge. */
  edgeColor?: (deal: Deal) => string;
}

const HEX_COLOR = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;

function vizColor(color: string | undefined): string {
  const match = color === undefined ? null : HEX_COLOR.exec(color);
  if (match === null) return "";
  const [r, g, b] = match.slice(1).map((h) => Number.parseInt(h, 16));
  return `        <viz:color r="${r}" g="${g}" b="${b}"/>\n`;
}

/** A finite number as GEXF writes it; null for NaN or ±Infinity (the element is left out). */
const finite = (value: number | undefined): string | null =>
  value !== undefined && Number.isFinite(value) ? String(value) : null;

function nodeViz(entity: Entity, visual: GexfVisual): string {
  let out = vizColor(visual.nodeColor?.(entity));
  const position = visual.positions?.get(entity.id);
  const x = finite(position?.x);
  const y = finite(position?.y);
  if (x !== null && y !== null) out += `        <viz:position x="${x}" y="${y}" z="0"/>\n`;
  const size = finite(visual.nodeSize?.(entity));
  if (size !== null && Number(size) >= 0) out += `        <viz:size value="${size}"/>\n`;
  return out;
}

/**
 * GEXF 1.3's meta holds only creator, keywords and description: the dataset's version and updated
 * travel in the description as JSON strings (`Roundtrip dataset; version "2026.12"; updated
 * "2026-12-07"`), read back by import-gexf (GEXF_DESCRIPTION).
 */
function gexfDescription(dataset: Dataset): string | null {
  const parts = ["Roundtrip dataset"];
  if (dataset.version !== undefined) parts.push(`version ${JSON.stringify(dataset.version)}`);
  if (dataset.updated !== undefined) parts.push(`updated ${JSON.stringify(dataset.updated)}`);
  return parts.length > 1 ? parts.join("; ") : null;
}

/** `lastmodifieddate` when `updated` is a full date (the schema's xs:date). */
function lastModified(updated: string | undefined): string {
  return updated !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(updated) && normalizeDate(updated)
    ? ` lastmodifieddate="${updated}"`
    : "";
}

/** The dataset as GEXF 1.3 text; undisclosed amounts have no attvalue (they read back as null). */
export function exportGexf(dataset: Dataset, visual: GexfVisual = {}): string {
  let out =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
    `  <meta${lastModified(dataset.updated)}>\n    <creator>Roundtrip</creator>\n`;
  const description = gexfDescription(dataset);
  if (description !== null) out += `    <description>${text(description)}</description>\n`;
  out += '  </meta>\n  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n';
  out += declarations("node", NODE_ATTRIBUTES) + declarations("edge", EDGE_ATTRIBUTES);
  out += "    <nodes>\n";
  for (const entity of dataset.entities) {
    const c = entityToColumns(entity);
    out += `      <node id="${attr(entity.id)}" label="${attr(entity.name)}">\n`;
    out += attvalues(NODE_ATTRIBUTES.map((column) => [column, c[column]]));
    out += nodeViz(entity, visual);
    out += "      </node>\n";
  }
  out += "    </nodes>\n    <edges>\n";
  for (const deal of dataset.deals) {
    const c = dealToColumns(deal);
    // The deal exists from its date on (a partial date from its first day): Gephi's timeline.
    const start = normalizeDate(deal.date);
    const spell = start === null ? "" : ` start="${start}"`;
    out += `      <edge id="${attr(deal.id)}" source="${attr(deal.from)}" target="${attr(deal.to)}" label="${deal.type}"${spell}>\n`;
    out += attvalues(
      EDGE_ATTRIBUTES.map((column) => [GRAPH_EDGE_ATTRIBUTE[column] ?? column, c[column]]),
    );
    out += vizColor(visual.edgeColor?.(deal));
    out += "      </edge>\n";
  }
  return `${out}    </edges>\n  </graph>\n</gexf>\n`;
}
