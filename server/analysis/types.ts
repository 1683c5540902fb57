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

/** Who first published a page that the cited URL only copies (a wire story re-posted elsewhere). */
export interface SourceOriginal {
  publisher?: string;
  title?: string;
  date?: string;
}

export interface Source {
  url?: string;
  publisher?: string;
  title?: string;
  date?: string;
  /** Set when the page read is a copy: the original publisher, title and date. */
  original?: SourceOriginal;
}

/** An entity's last reported figures (SPEC §1); every figure optional and ≥ 0. */
export interface Financials {
  asOf?: string;
  /** Revenue of the last fiscal year. */
  revenueUsd?: number;
  /** Book shareholders' equity: the capital stress scenarios use (SPEC §6). */
  equityUsd?: number;
  cashUsd?: number;
  debtUsd?: number;
  /** Market capitalisation (listed companies). */
  marketCapUsd?: number;
  /** Last post-money valuation (private companies). */
  valuationUsd?: number;
  sources?: Source[];
}

export const FINANCIAL_FIGURES = [
  "revenueUsd",
  "equityUsd",
  "cashUsd",
  "debtUsd",
  "marketCapUsd",
  "valuationUsd",
] as const;
export type FinancialFigure = (typeof FINANCIAL_FIGURES)[number];

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  ticker?: string;
  country?: string;
  description?: string;
  financials?: Financials;
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
  /** Id of the deal this one replaces (SPEC §2: the replaced deal is left out while this one counts). */
  supersedes?: string;
  /** The deal pays only if this is met ("on OpenAI's IPO"): a conditional tranche. */
  condition?: string;
  /** How an `estimate` amount was obtained: which sources, what arithmetic. */
  derivation?: string;
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
