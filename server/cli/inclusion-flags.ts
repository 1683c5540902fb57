// The inclusion flags every analysis command shares (SPEC §2), parsed and checked by commander:
// a bad value is a usage error that names the flag.

import { type Command, InvalidArgumentError, Option } from "commander";
import {
  INCLUSION_DEFAULTS,
  type InclusionOptions,
  normalizeDate,
  VIEWS,
  type View,
} from "../analysis/inclusion.js";
import { AMOUNT_BASES, DEAL_STATUSES, DEAL_TYPES } from "../analysis/types.js";

function listOf<T extends string>(noun: string, allowed: readonly T[]) {
  return (value: string): T[] => {
    const items = value
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item !== "");
    if (items.length === 0) throw new InvalidArgumentError(`expected at least one ${noun}.`);
    for (const item of items) {
      if (!(allowed as readonly string[]).includes(item)) {
        throw new InvalidArgumentError(
          `unknown ${noun} ${JSON.stringify(item)}; expected one of ${allowed.join(", ")}.`,
        );
      }
    }
    return [...new Set(items)] as T[];
  };
}

function date(value: string): string {
  if (normalizeDate(value) === null) {
    throw new InvalidArgumentError("expected a date as YYYY, YYYY-MM or YYYY-MM-DD.");
  }
  return value;
}

function amount(value: string): number {
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number) || number < 0) {
    throw new InvalidArgumentError("expected a non-negative number of US dollars.");
  }
  return number;
}

export interface InclusionFlags {
  types?: InclusionOptions["types"];
  statuses?: InclusionOptions["statuses"];
  basis?: InclusionOptions["basis"];
  asOf?: string;
  from?: string;
  to?: string;
  backstopsCalled?: boolean;
  minAmount?: number;
  view?: View;
  includeSuperseded?: boolean;
}

/** Declare --types, --statuses, --basis, --as-of, --from, --to, --backstops-called, --min-amount. */
export function addInclusionFlags(command: Command): Command {
  return command
    .addOption(
      new Option(
        "--types <list>",
        `deal types counted as flows (${DEAL_TYPES.join(",")})`,
      ).argParser(listOf("deal type", DEAL_TYPES)),
    )
    .addOption(
      new Option(
        "--statuses <list>",
        `deal statuses counted (${DEAL_STATUSES.join(",")})`,
      ).argParser(listOf("deal status", DEAL_STATUSES)),
    )
    .addOption(
      new Option("--basis <list>", `amount bases counted (${AMOUNT_BASES.join(",")})`).argParser(
        listOf("amount basis", AMOUNT_BASES),
      ),
    )
    .addOption(new Option("--as-of <date>", "only deals dated on or before DATE").argParser(date))
    .addOption(new Option("--from <date>", "only deals dated on or after DATE").argParser(date))
    .addOption(new Option("--to <date>", "only deals dated on or before DATE").argParser(date))
    .addOption(new Option("--backstops-called", "count backstops as if they were called"))
    .addOption(
      new Option(
        "--min-amount <usd>",
        "drop deals below this amount (undisclosed count as 0)",
      ).argParser(amount),
    )
    .addOption(
      new Option("--view <view>", "announced, or committed: only firm commitments").choices(VIEWS),
    )
    .addOption(new Option("--include-superseded", "count superseded deals too (audits)"));
}

/** Inclusion options from parsed flags; absent flags keep INCLUSION_DEFAULTS. */
export function inclusionFromFlags(flags: InclusionFlags): InclusionOptions {
  return {
    types: flags.types ?? INCLUSION_DEFAULTS.types,
    statuses: flags.statuses ?? INCLUSION_DEFAULTS.statuses,
    basis: flags.basis ?? INCLUSION_DEFAULTS.basis,
    asOf: flags.asOf ?? null,
    from: flags.from ?? null,
    to: flags.to ?? null,
    backstopsCalled: flags.backstopsCalled ?? false,
    minAmountUsd: flags.minAmount ?? 0,
    view: flags.view ?? INCLUSION_DEFAULTS.view,
    includeSuperseded: flags.includeSuperseded ?? false,
  };
}
