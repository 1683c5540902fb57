// Turn flat records read from any format (CSV rows, GEXF/GraphML elements) into a raw canonical
// document, run the one validateDataset over it, and report every problem where the user put it.

import { InvalidDatasetError } from "../analysis/errors.js";
import {
  AMOUNT_BASES,
  CONFIDENCE_LEVELS,
  type Dataset,
  DEAL_STATUSES,
  DEAL_TYPES,
  ENTITY_KINDS,
  type Problem,
} from "../analysis/types.js";
import { checkJsonDepth } from "./check-json-depth.js";
import { checkRecordCounts } from "./check-record-counts.js";
import { DATASET_LIMITS } from "./dataset-limits.js";
import {
  DEAL_COLUMNS,
  type DealColumn,
  ENTITY_COLUMNS,
  type EntityColumn,
} from "./export-columns.js";
import { validateDataset } from "./validate-dataset.js";

export type RawCell = string | number | boolean | null | undefined;
export type RawRecord<C extends string> = Partial<Record<C, RawCell>>;

/** Where a field of the i-th entity or deal sits in the user's file (`row 14, column "to"`). */
export interface RecordLocator {
  entity(index: number, column: EntityColumn | null): string;
  deal(index: number, column: DealColumn | null): string;
}

export interface ImportedDataset {
  dataset: Dataset;
  warnings: Problem[];
}

/** The first source's fields and the deal columns that hold them. */
const SOURCE_COLUMNS: ReadonlyMap<string, DealColumn> = new Map([
  ["url", "sourceUrl"],
  ["publisher", "sourcePublisher"],
  ["title", "sourceTitle"],
  ["date", "sourceDate"],
]);
const ENTITY_COLUMN_SET: ReadonlySet<string> = new Set<string>(ENTITY_COLUMNS);
/** Deal columns that name a field of the canonical deal (the source columns map into `sources`). */
const DEAL_COLUMN_SET: ReadonlySet<string> = new Set<string>(
  DEAL_COLUMNS.filter(
    (column) =>
      column !== "moreSources" &&
      column !== "sourceOriginal" &&
      ![...SOURCE_COLUMNS.values()].includes(column),
  ),
);

/** A JSON cell (`moreSources`, `sourceOriginal`, `financials`): the parsed value, or undefined. */
function parseJsonCell(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** An empty cell; text made only of spaces is kept as written (it may be a legal id). */
const isBlank = (value: RawCell): value is null | undefined | "" =>
  value === null || value === undefined || value === "";

const text = (value: RawCell): string | undefined => (isBlank(value) ? undefined : String(value));

/** `Compute contract` → `compute_contract` when that is a known value; else the text as given. */
function enumValue(value: RawCell, allowed: readonly string[]): string | undefined {
  const raw = text(value);
  if (raw === undefined) return undefined;
  const normalized = raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  return allowed.includes(normalized) ? normalized : raw;
}

/** A number, null for a blank, or the text itself when it is not a number (validation says so). */
export function parseAmount(value: RawCell): RawCell {
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (isBlank(value) || value.trim() === "") return null;
  const cleaned = value.replace(/[\s$,_]/g, "");
  const number = cleaned === "" ? Number.NaN : Number(cleaned);
  return Number.isFinite(number) ? number : value;
}

function buildEntity(
  record: RawRecord<EntityColumn>,
  where: (column: EntityColumn | null) => string,
  errors: Problem[],
): Record<string, unknown> {
  const entity: Record<string, unknown> = {
    id: text(record.id),
    name: text(record.name),
    kind: enumValue(record.kind, ENTITY_KINDS) ?? "other",
  };
  for (const key of ["ticker", "country", "description"] as const) {
    const value = text(record[key]);
    if (value !== undefined) entity[key] = value;
  }
  const financials = text(record.financials);
  if (financials !== undefined) {
    const parsed = parseJsonCell(financials);
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) {
      entity.financials = parsed;
    } else
      errors.push({ path: where("financials"), message: "expected a JSON object of financials" });
  }
  return entity;
}

function buildDeal(
  record: RawRecord<DealColumn>,
  where: (column: DealColumn | null) => string,
  errors: Problem[],
  warnings: Problem[],
): Record<string, unknown> {
  const first: Record<string, string> = {};
  for (const [field, column] of SOURCE_COLUMNS) {
    const value = text(record[column]);
    if (value !== undefined) first[field] = value;
  }
  const original = text(record.sourceOriginal);
  if (original !== undefined) {
    const parsed = parseJsonCell(original);
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) {
      (first as Record<string, unknown>).original = parsed;
    } else errors.push({ path: where("sourceOriginal"), message: "expected a JSON object" });
  }
  const sources: unknown[] = [first];
  const more = text(record.moreSources);
  if (more !== undefined) {
    const parsed = parseJsonCell(more);
    if (Array.isArray(parsed)) for (const source of parsed) sources.push(source);
    else errors.push({ path: where("moreSources"), message: "expected a JSON array of sources" });
  }
  const deal: Record<string, unknown> = {
    id: text(record.id),
    from: text(record.from),
    to: text(record.to),
    type: enumValue(record.type, DEAL_TYPES),
    amountUsd: parseAmount(record.amountUsd),
    amountBasis: enumValue(record.amountBasis, AMOUNT_BASES),
    date: text(record.date)?.trim(),
    status: enumValue(record.status, DEAL_STATUSES),
    sources,
  };
  if (deal.amountBasis === undefined) {
    deal.amountBasis = "headline";
    warnings.push({ path: where("amountBasis"), message: "no amount basis: assumed headline" });
  }
  if (deal.status === undefined) {
    deal.status = "announced";
    warnings.push({ path: where("status"), message: "no status: assumed announced" });
  }
  const confidence = enumValue(record.confidence, CONFIDENCE_LEVELS);
  if (confidence !== undefined) deal.confidence = confidence;
  for (const key of ["description", "note", "supersedes", "condition", "derivation"] as const) {
    const value = text(record[key]);
    if (value !== undefined) deal[key] = value;
  }
  return deal;
}

/** `deals[3].sources[0].url` → the deal's column `sourceUrl`, in the user's terms. */
function relocate(problem: Problem, locator: RecordLocator): Problem {
  const match = /^(entities|deals)\[(\d+)\](?:\.([A-Za-z_$][\w$]*))?(.*)$/.exec(problem.path);
  if (!match) return problem;
  const [, collection, indexText, field, rest = ""] = match;
  const index = Number(indexText);
  const message = problem.message.replace(
    /\(first at (entities|deals)\[(\d+)\]\)/,
    (_, which: string, first: string) =>
      `(first at ${which === "entities" ? locator.entity(Number(first), null) : locator.deal(Number(first), null)})`,
  );
  if (collection === "entities") {
    const column = (ENTITY_COLUMN_SET.has(field ?? "") ? field : null) as EntityColumn | null;
    return { path: locator.entity(index, column), message };
  }
  let column: DealColumn | null = (DEAL_COLUMN_SET.has(field ?? "") ? field : null) as DealColumn;
  if (field === "sources") {
    const source = /^\[(\d+)\](?:\.(\w+))?/.exec(rest);
    column =
      source === null || source[1] === "0"
        ? (SOURCE_COLUMNS.get(source?.[2] ?? "url") ?? "sourceUrl")
        : "moreSources";
  }
  return { path: locator.deal(index, column), message };
}

/**
 * Build the canonical document from flat records and validate it; throws InvalidDatasetError
 * with every problem (import and validation) located in the user's file.
 */
export function importRecords(
  entities: readonly RawRecord<EntityColumn>[],
  deals: readonly RawRecord<DealColumn>[],
  locator: RecordLocator,
  meta: { version?: RawCell; updated?: RawCell } = {},
  importProblems: { errors: Problem[]; warnings: Problem[] } = { errors: [], warnings: [] },
): ImportedDataset {
  checkRecordCounts("importRecords", entities.length, deals.length, DATASET_LIMITS);
  const errors = [...importProblems.errors];
  const warnings = [...importProblems.warnings];
  const raw: Record<string, unknown> = {};
  const version = text(meta.version);
  const updated = text(meta.updated);
  if (version !== undefined) raw.version = version;
  if (updated !== undefined) raw.updated = updated;
  raw.entities = entities.map((record, i) =>
    buildEntity(record, (column) => locator.entity(i, column), errors),
  );
  raw.deals = deals.map((record, i) =>
    buildDeal(record, (column) => locator.deal(i, column), errors, warnings),
  );
  // JSON cells (moreSources, financials, sourceOriginal) may nest: too deep is located, at once.
  const deep = checkJsonDepth(raw, DATASET_LIMITS.maxDepth);
  if (deep !== null) throw new InvalidDatasetError([relocate(deep, locator)], []);
  const result = validateDataset(raw);
  // One push per problem: spreading a list of user-sized length into a call overflows the stack.
  for (const problem of result.errors) errors.push(relocate(problem, locator));
  for (const problem of result.warnings) warnings.push(relocate(problem, locator));
  if (result.dataset === null || errors.length > 0) throw new InvalidDatasetError(errors, warnings);
  return { dataset: result.dataset, warnings };
}
