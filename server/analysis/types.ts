// The vocabulary of Roundtrip: entities, deals and the canonical dataset (SPEC §1).
// String-literal unions come with a runtime list beside them so validators and UIs share one source.

export const ENTITY_KINDS = [
  "chipmaker",
  "ai_lab",
  "hyperscaler",
  "neocloud",
  "investor",
  "lender",
  "spv",
  "other",
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const DEAL_TYPES = [
  "equity",
  "compute_contract",
  "chip_purchase",
  "loan",
  "backstop",
  "warrant",
  "license",
  "revenue_share",
  "other",
] as const;
export type DealType = (typeof DEAL_TYPES)[number];

export const AMOUNT_BASES = ["headline", "committed", "estimate", "stake_value"] as const;
export type AmountBasis = (typeof AMOUNT_BASES)[number];

export const DEAL_STATUSES = ["announced", "signed", "closed", "amended", "cancelled"] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

export const CONFIDENCE_LEVELS = ["high", "medium", "low"] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export interface Source {
  url?: string;
  publisher?: string;
  title?: string;
  date?: string;
}

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  ticker?: string;
  country?: string;
  description?: string;
}

export interface Deal {
  id: string;
  from: string;
  to: string;
  type: DealType;
  /** US dollars; null when undisclosed (drawn and listed, 0 in flow analysis). */
  amountUsd: number | null;
  amountBasis: AmountBasis;
  /** YYYY-MM-DD, YYYY-MM or YYYY; a partial date sorts as its first day. */
  date: string;
  status: DealStatus;
  description?: string;
  sources: Source[];
  confidence?: Confidence;
  note?: string;
  /** Id of the deal this one replaced (that one carries status "amended"). */
  supersedes?: string;
}

export interface Dataset {
  version?: string;
  updated?: string;
  entities: Entity[];
  deals: Deal[];
}

/** A located problem found while reading or validating input: `deals[12].to: unknown entity "oracel"`. */
export interface Problem {
  /** Where: `deals[12].to`, `row 14, column "to"`, or "" for the whole document. */
  path: string;
  message: string;
}
