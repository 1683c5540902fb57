// Neo4j: a zip with `neo4j-admin database import` CSVs (entities.csv with `id:ID,…,:LABEL`,
// deals.csv with `:START_ID,:END_ID,:TYPE,…`), a `load.cypher` LOAD CSV script and a README.
// Formula-safe like the CSV exports: text a spreadsheet would run gets a leading apostrophe, which
// readDataset and load.cypher strip again.

import { strToU8, zipSync } from "fflate";
import Papa from "papaparse";
import { type Dataset, DEAL_TYPES } from "../analysis/types.js";
import {
  type CellValue,
  DEAL_COLUMNS,
  dealToColumns,
  ENTITY_COLUMNS,
  entityToColumns,
  NUMERIC_DEAL_COLUMNS,
} from "./export-columns.js";
import { escapeFormula } from "./export-csv.js";

export const NEO4J_FILES = Object.freeze({
  entities: "entities.csv",
  deals: "deals.csv",
  cypher: "load.cypher",
  readme: "README.txt",
});

const DEAL_PROPERTIES = DEAL_COLUMNS.filter((c) => c !== "from" && c !== "to");
const ENTITY_HEADERS = ["id:ID", ...ENTITY_COLUMNS.filter((c) => c !== "id"), ":LABEL"];
const DEAL_HEADERS = [
  ":START_ID",
  ":END_ID",
  ":TYPE",
  ...DEAL_PROPERTIES.map((c) =>
    c === "type" ? "dealType" : NUMERIC_DEAL_COLUMNS.has(c) ? `${c}:double` : c,
  ),
];

/** `compute_contract` → `COMPUTE_CONTRACT` (relationship type), `ai_lab` → `AiLab` (label). */
const relationshipType = (type: string) => type.toUpperCase();
const kindLabel = (kind: string) =>
  kind.replace(/(^|_)(\w)/g, (_, __: string, c: string) => c.toUpperCase());

function csv(headers: readonly string[], rows: CellValue[][]): string {
  return `${Papa.unparse({ fields: [...headers], data: rows }, { newline: "\n" })}\n`;
}

/** A cell as written (formula-escaped) back to the original text in Cypher. */
const cypherUnescaped = (cell: string) =>
  `CASE WHEN ${cell} =~ "(?s)'+[-=+@\\t\\r].*" THEN substring(${cell}, 1) ELSE ${cell} END`;

function cypherScript(): string {
  const text = (field: string) =>
    `CASE row.\`${field}\` WHEN '' THEN null ELSE ${cypherUnescaped(`row.\`${field}\``)} END`;
  const entitySet = ENTITY_COLUMNS.filter((c) => c !== "id")
    .map((c) => `e.${c} = ${text(c)}`)
    .join(",\n    ");
  const dealSet = DEAL_HEADERS.slice(3)
    .map((header) => {
      const name = header.replace(/:\w+$/, "");
      return header.endsWith(":double")
        ? `r.${name} = toFloat(row.\`${header}\`)`
        : `r.${name} = ${text(header)}`;
    })
    .join(",\n    ");
  const lines = [
    "// Load the Roundtrip export with LOAD CSV: put entities.csv and deals.csv in Neo4j's import",
    "// folder, then run this script (cypher-shell -f load.cypher, or paste it into the Browser).",
    "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;",
    "",
    "LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS row",
    `MERGE (e:Entity {id: ${cypherUnescaped("row.`id:ID`")}})`,
    `SET ${entitySet};`,
  ];
  for (const type of DEAL_TYPES) {
    lines.push(
      "",
      "LOAD CSV WITH HEADERS FROM 'file:///deals.csv' AS row",
      `WITH row WHERE row.\`:TYPE\` = '${relationshipType(type)}'`,
      `MATCH (a:Entity {id: ${cypherUnescaped("row.`:START_ID`")}}), (b:Entity {id: ${cypherUnescaped("row.`:END_ID`")}})`,
      `CREATE (a)-[r:${relationshipType(type)}]->(b)`,
      `SET ${dealSet};`,
    );
  }
  return `${lines.join("\n")}\n`;
}

const README = `Roundtrip export for Neo4j
==========================

entities.csv  one node per entity (label Entity plus its kind, e.g. Entity;Chipmaker)
deals.csv     one relationship per deal, typed by deal type (EQUITY, COMPUTE_CONTRACT, ...)
load.cypher   the same load with LOAD CSV, into a running database

Bulk import into a new, empty database (Neo4j 5):
  neo4j-admin database import full --nodes=import/entities.csv \\
    --relationships=import/deals.csv --multiline-fields=true neo4j

Undisclosed amounts are empty cells (no amountUsd property). Later sources of a deal are in
moreSources as a JSON array. Text that a spreadsheet would run as a formula (starting with =, +,
-, @, tab or CR) is written with one leading apostrophe; load.cypher strips it again (a bulk import
keeps it, ids included, consistently in both files).
`;

/** entities.csv: one row per entity, in dataset order. */
export function exportNeo4jEntities(dataset: Dataset): string {
  const rows = dataset.entities.map((entity) => {
    const c = entityToColumns(entity);
    return [
      ...ENTITY_COLUMNS.map((column) => escapeFormula(c[column])),
      `Entity;${kindLabel(c.kind as string)}`,
    ];
  });
  return csv(ENTITY_HEADERS, rows);
}

/** deals.csv: one relationship row per deal, in dataset order. */
export function exportNeo4jDeals(dataset: Dataset): string {
  const rows = dataset.deals.map((deal) => {
    const c = dealToColumns(deal);
    return [
      escapeFormula(c.from),
      escapeFormula(c.to),
      relationshipType(deal.type),
      ...DEAL_PROPERTIES.map((p) => escapeFormula(c[p])),
    ];
  });
  return csv(DEAL_HEADERS, rows);
}

/** The zip: entities.csv, deals.csv, load.cypher and README.txt. */
export function exportNeo4j(dataset: Dataset): Uint8Array {
  return zipSync(
    {
      [NEO4J_FILES.entities]: strToU8(exportNeo4jEntities(dataset)),
      [NEO4J_FILES.deals]: strToU8(exportNeo4jDeals(dataset)),
      [NEO4J_FILES.cypher]: strToU8(cypherScript()),
      [NEO4J_FILES.readme]: strToU8(README),
    },
    { level: 6, mtime: new Date("2000-01-01T00:00:00Z") },
  );
}
