// The structural rules of the canonical format (SPEC §1) as one pass of plain checks: the fast
// path of validation. It accepts exactly what `datasetSchema` accepts (a property test holds the
// two together) but allocates nothing, where zod builds a validated copy of every record — on
// 400,000 deals that copy was most of the time to read a file. Only a document that fails here
// goes through zod, to word its problems.

import {
  AMOUNT_BASES,
  CONFIDENCE_LEVELS,
  type Dataset,
  DEAL_STATUSES,
  DEAL_TYPES,
  ENTITY_KINDS,
  FINANCIAL_FIGURES,
} from "../analysis/types.js";
import { DATE_PATTERN } from "./schema.js";

const ENTITY_KIND_SET: ReadonlySet<unknown> = new Set(ENTITY_KINDS);
const DEAL_TYPE_SET: ReadonlySet<unknown> = new Set(DEAL_TYPES);
const AMOUNT_BASIS_SET: ReadonlySet<unknown> = new Set(AMOUNT_BASES);
const DEAL_STATUS_SET: ReadonlySet<unknown> = new Set(DEAL_STATUSES);
const CONFIDENCE_SET: ReadonlySet<unknown> = new Set(CONFIDENCE_LEVELS);

type Row = Record<string, unknown>;

const isRow = (value: unknown): value is Row =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isFilled = (value: unknown): boolean => typeof value === "string" && value.length > 0;

const isOptionalString = (value: unknown): boolean =>
  value === undefined || typeof value === "string";

function isOriginal(value: unknown): boolean {
  return (
    value === undefined ||
    (isRow(value) &&
      isOptionalString(value.publisher) &&
      isOptionalString(value.title) &&
      isOptionalString(value.date))
  );
}

function isSource(value: unknown): boolean {
  return (
    isRow(value) &&
    isOptionalString(value.url) &&
    isOptionalString(value.publisher) &&
    isOptionalString(value.title) &&
    isOptionalString(value.date) &&
    isOriginal(value.original)
  );
}

function isFinancials(value: unknown): boolean {
  if (value === undefined) return true;
  if (!isRow(value)) return false;
  if (
    value.asOf !== undefined &&
    !(typeof value.asOf === "string" && DATE_PATTERN.test(value.asOf))
  )
    return false;
  for (const figure of FINANCIAL_FIGURES) {
    const amount = value[figure];
    if (
      amount !== undefined &&
      !(typeof amount === "number" && Number.isFinite(amount) && amount >= 0)
    )
      return false;
  }
  const { sources } = value;
  if (sources === undefined) return true;
  if (!Array.isArray(sources)) return false;
  for (const source of sources) if (!isSource(source)) return false;
  return true;
}

function isEntity(value: unknown): boolean {
  return (
    isRow(value) &&
    isFilled(value.id) &&
    isFilled(value.name) &&
    ENTITY_KIND_SET.has(value.kind) &&
    isOptionalString(value.ticker) &&
    isOptionalString(value.country) &&
    isOptionalString(value.description) &&
    isFinancials(value.financials)
  );
}

function isAmount(value: unknown): boolean {
  return value === null || (typeof value === "number" && Number.isFinite(value) && value >= 0);
}

function isDeal(value: unknown): boolean {
  if (!isRow(value)) return false;
  const { sources, date } = value;
  if (!Array.isArray(sources) || sources.length === 0) return false;
  for (const source of sources) if (!isSource(source)) return false;
  return (
    isFilled(value.id) &&
    isFilled(value.from) &&
    isFilled(value.to) &&
    DEAL_TYPE_SET.has(value.type) &&
    isAmount(value.amountUsd) &&
    AMOUNT_BASIS_SET.has(value.amountBasis) &&
    typeof date === "string" &&
    DATE_PATTERN.test(date) &&
    DEAL_STATUS_SET.has(value.status) &&
    isOptionalString(value.description) &&
    (value.confidence === undefined || CONFIDENCE_SET.has(value.confidence)) &&
    isOptionalString(value.note) &&
    isOptionalString(value.supersedes) &&
    isOptionalString(value.condition) &&
    isOptionalString(value.derivation)
  );
}

/** Whether a parsed document has the structure of SPEC §1 (references are checked elsewhere). */
export function isCanonicalDataset(raw: unknown): raw is Dataset {
  if (!isRow(raw) || !isOptionalString(raw.version) || !isOptionalString(raw.updated)) {
    return false;
  }
  const { entities, deals } = raw;
  if (!Array.isArray(entities) || !Array.isArray(deals)) return false;
  for (const entity of entities) if (!isEntity(entity)) return false;
  for (const deal of deals) if (!isDeal(deal)) return false;
  return true;
}
