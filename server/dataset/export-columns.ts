// The flat shape of entities and deals shared by every tabular and graph format (CSV, GEXF,
// GraphML, Neo4j): one column per field, the first source spread out, the others as JSON.

import type { Deal, Entity, Source } from "../analysis/types.js";

export type CellValue = string | number | null;

export const ENTITY_COLUMNS = ["id", "name", "kind", "ticker", "country", "description"] as const;
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
  "moreSources",
  "confidence",
  "note",
  "supersedes",
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
    moreSources: more.length > 0 ? sourcesJson(more.map(pickSource)) : null,
    confidence: deal.confidence ?? null,
    note: deal.note ?? null,
    supersedes: deal.supersedes ?? null,
  };
}

function pickSource(source: Source): Source {
  const out: Source = {};
  if (source.url !== undefined) out.url = source.url;
  if (source.publisher !== undefined) out.publisher = source.publisher;
  if (source.title !== undefined) out.title = source.title;
  if (source.date !== undefined) out.date = source.date;
  return out;
}

/**
 * The later sources as JSON text, lossless in every format: JSON.stringify already escapes
 * control characters and lone surrogates; U+FFFE and U+FFFF, which XML 1.0 cannot carry even
 * escaped, are written as \uFFFE / \uFFFF too.
 */
function sourcesJson(sources: unknown): string {
  return JSON.stringify(sources).replace(
    /[\uFFFE\uFFFF]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16)}`,
  );
}
