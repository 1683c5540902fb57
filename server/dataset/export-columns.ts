// The flat shape of entities and deals shared by every tabular and graph format (CSV, GEXF,
// GraphML, Neo4j): one column per field, the first source spread out, the others as JSON.

import type { Deal, Entity, Source, SourceOriginal } from "../analysis/types.js";

export type CellValue = string | number | null;

export const ENTITY_COLUMNS = [
  "id",
  "name",
  "kind",
  "ticker",
  "country",
  "description",
  "financials",
] as const;
export type EntityColumn = (typeof ENTITY_COLUMNS)[number];

export const DEAL_COLUMNS = [
  "id",
  "from",
  "to",
  "type",
  "amountUsd",
  "amountBasis",
  "date",
  "status",
  "description",
  "sourceUrl",
  "sourcePublisher",
  "sourceTitle",
  "sourceDate",
  "sourceOriginal",
  "moreSources",
  "confidence",
  "note",
  "supersedes",
  "condition",
  "derivation",
] as const;
export type DealColumn = (typeof DEAL_COLUMNS)[number];

/** Columns that hold numbers (declared as doubles in typed formats). */
export const NUMERIC_DEAL_COLUMNS: ReadonlySet<DealColumn> = new Set(["amountUsd"]);

/** The entity as a row: absent optional fields are null. */
export function entityToColumns(entity: Entity): Record<EntityColumn, CellValue> {
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    ticker: entity.ticker ?? null,
    country: entity.country ?? null,
    description: entity.description ?? null,
    financials: entity.financials !== undefined ? jsonText(entity.financials) : null,
  };
}

/** The deal as a row: absent optional fields and undisclosed amounts are null. */
export function dealToColumns(deal: Deal): Record<DealColumn, CellValue> {
  const [first, ...more] = deal.sources;
  return {
    id: deal.id,
    from: deal.from,
    to: deal.to,
    type: deal.type,
    amountUsd: deal.amountUsd,
    amountBasis: deal.amountBasis,
    date: deal.date,
    status: deal.status,
    description: deal.description ?? null,
    sourceUrl: first?.url ?? null,
    sourcePublisher: first?.publisher ?? null,
    sourceTitle: first?.title ?? null,
    sourceDate: first?.date ?? null,
    sourceOriginal: first?.original !== undefined ? jsonText(pickOriginal(first.original)) : null,
    moreSources: more.length > 0 ? jsonText(more.map(pickSource)) : null,
    confidence: deal.confidence ?? null,
    note: deal.note ?? null,
    supersedes: deal.supersedes ?? null,
    condition: deal.condition ?? null,
    derivation: deal.derivation ?? null,
  };
}

function pickSource(source: Source): Source {
  const out: Source = {};
  if (source.url !== undefined) out.url = source.url;
  if (source.publisher !== undefined) out.publisher = source.publisher;
  if (source.title !== undefined) out.title = source.title;
  if (source.date !== undefined) out.date = source.date;
  if (source.original !== undefined) out.original = pickOriginal(source.original);
  return out;
}

function pickOriginal(original: SourceOriginal): SourceOriginal {
  const out: SourceOriginal = {};
  if (original.publisher !== undefined) out.publisher = original.publisher;
  if (original.title !== undefined) out.title = original.title;
  if (original.date !== undefined) out.date = original.date;
  return out;
}

/**
 * Nested values (later sources, a source's original, financials) as JSON text, lossless in every format: JSON.stringify already escapes
 * control characters and lone surrogates; U+FFFE and U+FFFF, which XML 1.0 cannot carry even
 * escaped, are written as \uFFFE / \uFFFF too.
 */
function jsonText(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\uFFFE\uFFFF]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16)}`,
  );
}
