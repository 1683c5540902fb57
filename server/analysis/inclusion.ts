// Which deals count as flows (SPEC §2, §2.1): inclusion options, their frozen defaults, and the
// per-deal test of every option but supersession (which needs the other deals: see deal-filter.ts).

import { InvalidOptionError } from "./errors.js";
import {
  AMOUNT_BASES,
  type AmountBasis,
  DEAL_STATUSES,
  DEAL_TYPES,
  type Deal,
  type DealStatus,
  type DealType,
} from "./types.js";

/** The two views of every figure (SPEC §2.1): what was announced, and what is firmly committed. */
export const VIEWS = ["announced", "committed"] as const;
export type View = (typeof VIEWS)[number];

export interface InclusionOptions {
  /** Deal types counted as flows. Backstops join when `backstopsCalled` is set. */
  types: readonly DealType[];
  statuses: readonly DealStatus[];
  basis: readonly AmountBasis[];
  /** Only deals dated on or before this date (YYYY[-MM[-DD]]); null for all. */
  asOf: string | null;
  /** Date window, inclusive; null for open. */
  from: string | null;
  to: string | null;
  /** Count backstops as if they were called (cash moved guarantor → beneficiary). */
  backstopsCalled: boolean;
  /** Drop deals below this amount (undisclosed amounts count as 0); 0 keeps everything. */
  minAmountUsd: number;
  /**
   * "committed" additionally keeps only committed amounts of signed or closed deals without a
   * condition, neither warrant nor backstop; "announced" (default) adds nothing.
   */
  view: View;
  /** Count superseded deals too (audits); by default a deal replaced by an included one is out. */
  includeSuperseded: boolean;
}

export const INCLUSION_DEFAULTS: Readonly<InclusionOptions> = Object.freeze({
  types: Object.freeze(DEAL_TYPES.filter((t) => t !== "backstop")),
  statuses: Object.freeze(DEAL_STATUSES.filter((s) => s !== "cancelled")),
  basis: Object.freeze(AMOUNT_BASES.filter((b) => b !== "stake_value")),
  asOf: null,
  from: null,
  to: null,
  backstopsCalled: false,
  minAmountUsd: 0,
  view: "announced",
  includeSuperseded: false,
});

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A partial date sorts as its first day: "2025-09" → "2025-09-01"; null when malformed. */
export function normalizeDate(date: string): string | null {
  const match = DATE_PATTERN.exec(date);
  if (!match) return null;
  const [, year, month = "01", day = "01"] = match;
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${year}-${month}-${day}`;
}

function checkedDate(name: string, value: string | null): string | null {
  if (value === null) return null;
  const normalized = normalizeDate(value);
  if (normalized === null) {
    throw new InvalidOptionError(
      `resolveInclusion: expected ${name} as YYYY, YYYY-MM or YYYY-MM-DD, received ${JSON.stringify(value)}`,
    );
  }
  return normalized;
}

export interface ResolvedInclusion extends InclusionOptions {
  readonly typeSet: ReadonlySet<DealType>;
  readonly statusSet: ReadonlySet<DealStatus>;
  readonly basisSet: ReadonlySet<AmountBasis>;
}

/** Merge options with the defaults, check them, and precompute sets for the predicate. */
export function resolveInclusion(options: Partial<InclusionOptions> = {}): ResolvedInclusion {
  const merged: InclusionOptions = { ...INCLUSION_DEFAULTS, ...options };
  if (!(merged.minAmountUsd >= 0)) {
    throw new InvalidOptionError(
      `resolveInclusion: expected minAmountUsd ≥ 0, received ${merged.minAmountUsd}`,
    );
  }
  if (!(VIEWS as readonly string[]).includes(merged.view)) {
    throw new InvalidOptionError(
      `resolveInclusion: expected view one of ${VIEWS.join(", ")}, received ${JSON.stringify(merged.view)}`,
    );
  }
  const asOf = checkedDate("asOf", merged.asOf);
  const from = checkedDate("from", merged.from);
  const to = checkedDate("to", merged.to);
  const typeSet = new Set(merged.types);
  if (merged.backstopsCalled) typeSet.add("backstop");
  return {
    ...merged,
    asOf,
    from,
    to,
    typeSet,
    statusSet: new Set(merged.statuses),
    basisSet: new Set(merged.basis),
  };
}

/** Whether a deal is bound to be paid in full: the committed view's extra test (SPEC §2.1). */
export function isDealCommitted(deal: Deal): boolean {
  return (
    deal.amountBasis === "committed" &&
    (deal.status === "signed" || deal.status === "closed") &&
    !deal.condition &&
    deal.type !== "warrant" &&
    deal.type !== "backstop"
  );
}

/**
 * Whether a deal passes every inclusion option except the supersession rule. Use
 * `createDealFilter` to decide inclusion: a deal that passes may still be superseded.
 */
export function passesInclusionOptions(deal: Deal, inclusion: ResolvedInclusion): boolean {
  if (!inclusion.typeSet.has(deal.type)) return false;
  if (!inclusion.statusSet.has(deal.status)) return false;
  if (!inclusion.basisSet.has(deal.amountBasis)) return false;
  if ((deal.amountUsd ?? 0) < inclusion.minAmountUsd) return false;
  if (inclusion.view === "committed" && !isDealCommitted(deal)) return false;
  if (inclusion.asOf !== null || inclusion.from !== null || inclusion.to !== null) {
    const date = normalizeDate(deal.date);
    if (date === null) return false;
    if (inclusion.asOf !== null && date > inclusion.asOf) return false;
    if (inclusion.from !== null && date < inclusion.from) return false;
    if (inclusion.to !== null && date > inclusion.to) return false;
  }
  return true;
}
