// The canonical dataset format (SPEC §1) as a zod schema: structure only; cross-references
// and oddities are checked in validate-dataset.

import * as z from "zod/mini";
import {
  AMOUNT_BASES,
  CONFIDENCE_LEVELS,
  type Dataset,
  DEAL_STATUSES,
  DEAL_TYPES,
  ENTITY_KINDS,
  FINANCIAL_FIGURES,
} from "../analysis/types.js";

// zod/mini: the same validation core as zod's chained API in a twentieth of the code, which every
// `roundtrip` command would otherwise compile at start-up.

export const DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

export const dateSchema = z
  .string()
  .check(z.regex(DATE_PATTERN, { message: "expected a date as YYYY, YYYY-MM or YYYY-MM-DD" }));

const idSchema = z.string().check(z.minLength(1, { message: "expected a non-empty id" }));

const optionalString = () => z.optional(z.string());

export const sourceSchema = z.looseObject({
  url: optionalString(),
  publisher: optionalString(),
  title: optionalString(),
  date: optionalString(),
  original: z.optional(
    z.looseObject({ publisher: optionalString(), title: optionalString(), date: optionalString() }),
  ),
});

const figureSchema = () =>
  z.optional(
    z
      .number({ message: "expected a number of US dollars" })
      .check(z.nonnegative({ message: "expected an amount ≥ 0" })),
  );

export const financialsSchema = z.looseObject({
  asOf: z.optional(dateSchema),
  ...(Object.fromEntries(FINANCIAL_FIGURES.map((figure) => [figure, figureSchema()])) as Record<
    (typeof FINANCIAL_FIGURES)[number],
    ReturnType<typeof figureSchema>
  >),
  sources: z.optional(z.array(sourceSchema)),
});

export const entitySchema = z.looseObject({
  id: idSchema,
  name: z.string().check(z.minLength(1, { message: "expected a non-empty name" })),
  kind: z.enum(ENTITY_KINDS),
  ticker: optionalString(),
  country: optionalString(),
  description: optionalString(),
  financials: z.optional(financialsSchema),
});

export const dealSchema = z.looseObject({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  type: z.enum(DEAL_TYPES),
  amountUsd: z.nullable(
    z
      .number({ message: "expected a number of US dollars or null" })
      .check(z.nonnegative({ message: "expected an amount ≥ 0" })),
  ),
  amountBasis: z.enum(AMOUNT_BASES),
  date: dateSchema,
  status: z.enum(DEAL_STATUSES),
  description: optionalString(),
  sources: z.array(sourceSchema).check(z.minLength(1, { message: "expected at least one source" })),
  confidence: z.optional(z.enum(CONFIDENCE_LEVELS)),
  note: optionalString(),
  supersedes: optionalString(),
  condition: optionalString(),
  derivation: optionalString(),
});

export const datasetSchema = z.looseObject({
  version: optionalString(),
  updated: optionalString(),
  entities: z.array(entitySchema),
  deals: z.array(dealSchema),
});

// The engine's hand-written types and the schema must describe the same records.
type Parsed = z.infer<typeof datasetSchema>;
const _sameShape: (parsed: Parsed) => Dataset = (parsed) => parsed;
void _sameShape;
