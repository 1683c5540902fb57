// Read a deals table (and optionally an entities table) as CSV, with a real parser and forgiving
// headers (`from`/`Source`/`:START_ID`, `amount_usd`, any case), into a validated dataset.

import Papa from "papaparse";
import { InvalidDatasetError } from "../analysis/errors.js";
import type { Problem } from "../analysis/types.js";
import { DATASET_LIMITS } from "./dataset-limits.js";
import type { DealColumn, EntityColumn } from "./export-columns.js";
import { DatasetLimitError, MalformedDocumentError } from "./import-error.js";
import {
  type ImportedDataset,
  importRecords,
  type RawRecord,
  type RecordLocator,
} from "./import-records.js";

export interface ImportCsvOptions {
  /** An entities table (`id,name,kind,…`); without it, entities are made from the names. */
  entitiesCsv?: string;
  /** Strip the apostrophe exportCsv puts before formula-like text (default true). */
  formulaEscaped?: boolean;
}

/** Accepted headers per column, in order of preference (normalized: lower case, letters and digits). */
const DEAL_ALIASES: Record<DealColumn, readonly string[]> = {
  id: ["id", "dealid"],
  from: ["from", "source", "startid", "fromid"],
  to: ["to", "target", "endid", "toid"],
  // Gephi's `Type` is the edge direction and Neo4j's `:TYPE` the relationship type: a
  // `dealType` column, when present, is the deal type.
  type: ["dealtype", "type"],
  amountUsd: ["amountusd", "amount", "usd"],
  amountBasis: ["amountbasis", "basis"],
  date: ["date", "dealdate"],
  status: ["status"],
  description: ["description"],
  sourceUrl: ["sourceurl", "url", "link"],
  sourcePublisher: ["sourcepublisher", "publisher"],
  sourceTitle: ["sourcetitle", "title"],
  sourceDate: ["sourcedate"],
  sourceOriginal: ["sourceoriginal"],
  moreSources: ["moresources"],
  confidence: ["confidence"],
  note: ["note", "notes"],
  supersedes: ["supersedes"],
  condition: ["condition"],
  derivation: ["derivation"],
};
const ENTITY_ALIASES: Record<EntityColumn, readonly string[]> = {
  id: ["id", "entityid"],
  // Gephi's node `Label` is the name; Neo4j's `:LABEL` comes after a `name` column.
  name: ["name", "label"],
  kind: ["kind", "entitykind"],
  ticker: ["ticker"],
  country: ["country"],
  description: ["description"],
  financials: ["financials"],
};
const REQUIRED_DEAL_COLUMNS: readonly DealColumn[] = ["from", "to", "type", "date"];

/** `amountUsd:double` → `amountusd`, `:START_ID` → `startid`, `Amount (USD)` → `amountusd`. */
function normalizeHeader(header: string): string {
  return header
    .replace(/^(.+?):\w+$/, "$1")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

interface Table<C extends string> {
  /** Canonical column → index in the row and the header as the user wrote it. */
  columns: Map<C, { index: number; header: string }>;
  /** Data rows with their spreadsheet row number (the header is row 1). */
  rows: { row: number; cells: string[] }[];
  /**
   * Broken quotes, located by row, line and column. The parser reads everything after an
   * unbalanced quote as one cell: only the rows before it are kept (and still checked).
   */
  quoteProblems: Problem[];
}

/** 1-based line and column of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** One located problem per broken quote (papaparse reports a quote's errors at the same index). */
function locateQuoteErrors(
  text: string,
  errors: readonly Papa.ParseError[],
  label: string,
): { problems: Problem[]; firstRow: number } {
  const byIndex = new Map<number, { row: number; codes: Set<string> }>();
  for (const error of errors) {
    const entry = byIndex.get(error.index ?? 0) ?? { row: error.row ?? 0, codes: new Set() };
    entry.codes.add(error.code);
    byIndex.set(error.index ?? 0, entry);
  }
  const problems: Problem[] = [];
  let firstRow = Number.POSITIVE_INFINITY;
  for (const [index, { row, codes }] of [...byIndex].sort(([a], [b]) => a - b)) {
    firstRow = Math.min(firstRow, row);
    // papaparse's index is just past the opening quote.
    const quoteAt = Math.max(0, text.lastIndexOf('"', Math.max(0, index - 1)));
    const { line, column } = lineAndColumn(text, quoteAt);
    const rest = text
      .slice(quoteAt)
      .replace(/\r?\n$/, "")
      .split("\n").length;
    const message = codes.has("InvalidQuotes")
      ? `the quoted cell opened here has text after its closing quote (write "" for a quote inside a cell); the rest of the file (${rest} lines) cannot be read`
      : `the quote opened here is never closed; the rest of the file (${rest} lines) cannot be read`;
    problems.push({ path: `${label}row ${row + 1}, line ${line}, column ${column}`, message });
  }
  return { problems, firstRow };
}

/**
 * The delimiter, from the header line alone: a comma unless the header has more semicolons (a
 * European spreadsheet) or tabs. NOTE: papaparse's own guess samples data rows, where a tab or
 * semicolon inside a description can outvote the commas.
 */
export function guessDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  const [comma, semicolon, tab] = [count(","), count(";"), count("\t")];
  if (semicolon > comma && semicolon >= tab) return ";";
  if (tab > comma && tab > semicolon) return "\t";
  return ",";
}

function readTable<C extends string>(
  functionName: string,
  csv: string,
  aliases: Record<C, readonly string[]>,
  label: string,
): Table<C> {
  const text = csv.replace(/^\uFEFF/, "");
  // At most the row limit (+ header) is parsed: a larger table is refused without building it.
  const { maxRows } = DATASET_LIMITS;
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    delimiter: guessDelimiter(text),
    preview: maxRows + 2,
  });
  if (parsed.data.length > maxRows + 1) {
    const table = label === "" ? "deal rows" : `${label}rows`;
    throw new DatasetLimitError(functionName, "maxRows", maxRows, table);
  }
  const { problems: quoteProblems, firstRow } = locateQuoteErrors(
    text,
    parsed.errors.filter((e) => e.type === "Quotes"),
    label,
  );
  const all = parsed.data.slice(0, firstRow).map((cells, k) => ({ row: k + 1, cells }));
  const [head, ...rows] = all.filter(({ cells }) => cells.some((c) => c.trim() !== ""));
  const headers = head?.cells ?? [];
  const normalized = headers.map(normalizeHeader);
  const columns = new Map<C, { index: number; header: string }>();
  for (const column of Object.keys(aliases) as C[]) {
    for (const alias of aliases[column]) {
      const index = normalized.indexOf(alias);
      if (index >= 0) {
        columns.set(column, { index, header: headers[index]! });
        break;
      }
    }
  }
  return { columns, rows, quoteProblems };
}

function unescapeFormula(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function recordOf<C extends string>(
  table: Table<C>,
  cells: string[],
  formulaEscaped: boolean,
): RawRecord<C> {
  const record: RawRecord<C> = {};
  for (const [column, { index }] of table.columns) {
    const cell = cells[index];
    record[column] = cell === undefined ? undefined : formulaEscaped ? unescapeFormula(cell) : cell;
  }
  return record;
}

function locate<C extends string>(table: Table<C>, label: string) {
  return (index: number, column: C | null): string => {
    const row = table.rows[index]?.row ?? 0;
    if (column === null) return `${label}row ${row}`;
    const header = table.columns.get(column)?.header ?? column;
    return `${label}row ${row}, column ${JSON.stringify(header)}`;
  };
}

/** An entity id from a name: lower-case ASCII words joined by dashes, or the name when none. */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? name.trim() : slug;
}

/**
 * Parse CSV deals (and entities) into a validated dataset; throws InvalidDatasetError, located.
 * A broken quote throws MalformedDocumentError with it and every problem of the rows before it.
 */
export function importCsv(text: string, options: ImportCsvOptions = {}): ImportedDataset {
  const deals = readTable("importCsv", text, DEAL_ALIASES, "");
  const entityTable =
    options.entitiesCsv === undefined
      ? null
      : readTable("importCsv", options.entitiesCsv, ENTITY_ALIASES, "entities ");
  const quoteProblems = [...deals.quoteProblems, ...(entityTable?.quoteProblems ?? [])];
  if (quoteProblems.length === 0) return importTables(deals, entityTable, options);
  let rowProblems: readonly Problem[] = [];
  // A broken header leaves nothing to check (every column would be reported missing).
  const headersRead =
    deals.columns.size > 0 && (entityTable === null || entityTable.columns.size > 0);
  try {
    if (headersRead) importTables(deals, entityTable, options);
  } catch (error) {
    if (!(error instanceof InvalidDatasetError)) throw error;
    rowProblems = error.problems;
  }
  throw new MalformedDocumentError("importCsv", [...quoteProblems, ...rowProblems]);
}

function importTables(
  deals: Table<DealColumn>,
  entityTable: Table<EntityColumn> | null,
  options: ImportCsvOptions,
): ImportedDataset {
  const formulaEscaped = options.formulaEscaped ?? true;
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  for (const column of REQUIRED_DEAL_COLUMNS) {
    if (!deals.columns.has(column)) {
      errors.push({
        path: "row 1",
        message: `missing column ${JSON.stringify(column)} (accepted headers: ${DEAL_ALIASES[column].join(", ")})`,
      });
    }
  }
  if (entityTable && !entityTable.columns.has("id") && !entityTable.columns.has("name")) {
    errors.push({ path: "entities row 1", message: 'missing column "id" or "name"' });
  }
  if (errors.length > 0) return importRecords([], [], NO_LOCATOR, {}, { errors, warnings });

  const dealRecords = deals.rows.map(({ cells }) => recordOf(deals, cells, formulaEscaped));
  const dealLocation = locate(deals, "");
  let entityRecords: RawRecord<EntityColumn>[];
  let entityLocation: RecordLocator["entity"];
  if (entityTable) {
    entityRecords = entityTable.rows.map(({ cells }) => {
      const record = recordOf(entityTable, cells, formulaEscaped);
      if (record.id === undefined || record.id === "")
        record.id = slugify(String(record.name ?? ""));
      if (record.name === undefined || record.name === "") record.name = record.id;
      return record;
    });
    entityLocation = locate(entityTable, "entities ");
    resolveNames(dealRecords, entityRecords);
  } else {
    const made = entitiesFromNames(dealRecords);
    entityRecords = made.records;
    // An entity made from a name is where that name first appears.
    entityLocation = (index) => {
      const first = made.firstSeen[index]!;
      return dealLocation(first.deal, first.end);
    };
  }
  assignDealIds(dealRecords);
  return importRecords(
    entityRecords,
    dealRecords,
    { entity: entityLocation, deal: dealLocation },
    {},
    { errors, warnings },
  );
}

const NO_LOCATOR: RecordLocator = { entity: () => "", deal: () => "" };

/** Entities from the names in from/to (kind `other`); the deals then refer to their ids. */
function entitiesFromNames(deals: RawRecord<DealColumn>[]): {
  records: RawRecord<EntityColumn>[];
  firstSeen: { deal: number; end: "from" | "to" }[];
} {
  const byId = new Map<string, number>();
  const records: RawRecord<EntityColumn>[] = [];
  const firstSeen: { deal: number; end: "from" | "to" }[] = [];
  deals.forEach((deal, i) => {
    for (const end of ["from", "to"] as const) {
      const name = typeof deal[end] === "string" ? (deal[end] as string).trim() : "";
      if (name === "") continue;
      const id = slugify(name);
      if (!byId.has(id)) {
        byId.set(id, records.length);
        records.push({ id, name, kind: "other" });
        firstSeen.push({ deal: i, end });
      }
      deal[end] = id;
    }
  });
  return { records, firstSeen };
}

/** With an entities table, from/to may hold an id or, failing that, a unique name. */
function resolveNames(deals: RawRecord<DealColumn>[], entities: RawRecord<EntityColumn>[]): void {
  const ids = new Set(entities.map((e) => String(e.id ?? "")));
  const byName = new Map<string, string | null>();
  for (const entity of entities) {
    const key = String(entity.name ?? "")
      .trim()
      .toLowerCase();
    byName.set(key, byName.has(key) ? null : String(entity.id ?? ""));
  }
  for (const deal of deals) {
    for (const end of ["from", "to"] as const) {
      const value = deal[end];
      if (typeof value !== "string" || ids.has(value)) continue;
      const id = byName.get(value.trim().toLowerCase());
      if (id) deal[end] = id;
    }
  }
}

/** Rows without an id get `from-to-type-date`, made unique with a counter. */
function assignDealIds(deals: RawRecord<DealColumn>[]): void {
  const taken = new Set(deals.map((d) => d.id).filter((id) => typeof id === "string" && id !== ""));
  // Next counter per base, so that many rows with the same base stay linear.
  const next = new Map<string, number>();
  for (const deal of deals) {
    if (typeof deal.id === "string" && deal.id !== "") continue;
    const base = [deal.from, deal.to, deal.type, deal.date]
      .map((v) => slugify(String(v ?? "")))
      .join("-");
    let id = base;
    let k = next.get(base) ?? 2;
    while (taken.has(id)) id = `${base}-${k++}`;
    next.set(base, k);
    taken.add(id);
    deal.id = id;
  }
}
