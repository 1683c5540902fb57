// The canonical dataset format (SPEC §1) as a zod schema: structure only; cross-references
// and oddities are checked in validate-dataset.

import { z } from "zod";
import {
  AMOUNT_BASES,
  CONFIDENCE_LEVELS,
  type Dataset,
  DEAL_STATUSES,
  DEAL_TYPES,
  ENTITY_KINDS,
} from "../analysis/types.js";

const DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

export const dateSchema = z
  .string()
  .regex(DATE_PATTERN, { message: "expected a date as YYYY, YYYY-MM or YYYY-MM-DD" });

const idSchema = z.string().min(1, { message: "expected a non-empty id" });

export const sourceSchema = z.looseObject({
  url: z.string().optional(),
  publisher: z.string().optional(),
  title: z.string().optional(),
  date: z.string().optional(),
});

export const entitySchema = z.looseObject({
  id: idSchema,
  name: z.string().min(1, { message: "expected a non-empty name" }),
  kind: z.enum(ENTITY_KINDS),
  ticker: z.string().optional(),
  country: z.string().optional(),
  description: z.string().optional(),
});

export const dealSchema = z.looseObject({
  id: idSchema,
  from: idSchema,
  to: idSchema,
  type: z.enum(DEAL_TYPES),
  amountUsd: z
    .number({ message: "expected a number of US dollars or null" })
    .finite({ message: "expected a finite amount" })
    .nonnegative({ message: "expected an amount ≥ 0" })
    .nullable(),
  amountBasis: z.enum(AMOUNT_BASES),
  date: dateSchema,
  status: z.enum(DEAL_STATUSES),
  description: z.string().optional(),
  sources: z.array(sourceSchema).min(1, { message: "expected at least one source" }),
  confidence: z.enum(CONFIDENCE_LEVELS).optional(),
  note: z.string().optional(),
  supersedes: z.string().optional(),
});

export const datasetSchema = z.looseObject({
  version: z.string().optional(),
  updated: z.string().optional(),
  entities: z.array(entitySchema),
  deals: z.array(dealSchema),
});

// The engine's hand-written types and the schema must describe the same records.
type Parsed = z.infer<typeof datasetSchema>;
const _sameShape: (parsed: Parsed) => Dataset = (parsed) => parsed;
void _sameShape;
