// The one table of inclusion options (SPEC §2, STYLE rule 15): name, kind, allowed values and doc
// of each option, and how a value is read from and written to text. The API's query schema and
// OpenAPI parameters, the CLI's flags and the viewer's URL state are all built from it: a new
// option is one row here plus its use in inclusion.ts.

import { INCLUSION_DEFAULTS, type InclusionOptions, normalizeDate, VIEWS } from "./inclusion.js";
import { AMOUNT_BASES, DEAL_STATUSES, DEAL_TYPES } from "./types.js";

export type InclusionFieldKind = "list" | "date" | "boolean" | "amount" | "choice";

export interface InclusionField {
  /** The option's name: the API parameter and URL key; the CLI flag is its kebab-case. */
  readonly name: keyof InclusionOptions;
  readonly kind: InclusionFieldKind;
  /** Allowed values of a list or a choice, in canonical order. */
  readonly values?: readonly string[];
  /** What a value stands for, for help texts and errors ("deal type"). */
  readonly noun: string;
  /** One line: what the option does. */
  readonly doc: string;
}

export const INCLUSION_FIELDS: readonly InclusionField[] = Object.freeze([
  {
    name: "types",
    kind: "list",
    values: DEAL_TYPES,
    noun: "deal type",
    doc: "deal types counted as flows (default: all but backstop)",
  },
  {
    name: "statuses",
    kind: "list",
    values: DEAL_STATUSES,
    noun: "deal status",
    doc: "deal statuses counted (default: all but cancelled)",
  },
  {
    name: "basis",
    kind: "list",
    values: AMOUNT_BASES,
    noun: "amount basis",
    doc: "amount bases counted (default: all but stake_value)",
  },
  { name: "asOf", kind: "date", noun: "date", doc: "only deals dated on or before this date" },
  { name: "from", kind: "date", noun: "date", doc: "only deals dated on or after this date" },
  { name: "to", kind: "date", noun: "date", doc: "only deals dated on or before this date" },
  {
    name: "backstopsCalled",
    kind: "boolean",
    noun: "flag",
    doc: "count backstops as if they were called (cash moves guarantor → beneficiary)",
  },
  {
    name: "minAmountUsd",
    kind: "amount",
    noun: "amount in US dollars",
    doc: "drop deals below this amount (undisclosed amounts count as 0)",
  },
  {
    name: "view",
    kind: "choice",
    values: VIEWS,
    noun: "view",
    doc: "announced (default) or committed: only committed amounts of signed or closed deals without condition, neither warrant nor backstop",
  },
  {
    name: "includeSuperseded",
    kind: "boolean",
    noun: "flag",
    doc: "count superseded deals too (audits); by default a deal replaced by a counted one is left out",
  },
] satisfies InclusionField[]);

/** The CLI flag of an option: `minAmountUsd` → `min-amount-usd`. */
export function inclusionFlagName(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

export type ParsedInclusionValue =
  | { ok: true; value: InclusionOptions[keyof InclusionOptions] }
  | { ok: false; message: string };

/**
 * Read an option's value from text (a query parameter, a flag argument, a URL key): lists are
 * comma-separated (returned in canonical order), booleans are true/false/1/0, dates YYYY[-MM[-DD]]
 * (returned as given). A bad value gives a message saying what was expected.
 */
export function parseInclusionValue(field: InclusionField, text: string): ParsedInclusionValue {
  switch (field.kind) {
    case "list": {
      const allowed = field.values ?? [];
      const items = text
        .split(",")
        .map((item) => item.trim())
        .filter((item) => item !== "");
      const unknown = items.find((item) => !allowed.includes(item));
      if (unknown !== undefined) {
        return {
          ok: false,
          message: `unknown ${field.noun} ${JSON.stringify(unknown)}; expected one of ${allowed.join(", ")}`,
        };
      }
      return { ok: true, value: allowed.filter((value) => items.includes(value)) as never };
    }
    case "choice": {
      const allowed = field.values ?? [];
      if (!allowed.includes(text)) {
        return { ok: false, message: `expected one of ${allowed.join(", ")}` };
      }
      return { ok: true, value: text as never };
    }
    case "date":
      return normalizeDate(text) === null
        ? { ok: false, message: "expected a date as YYYY, YYYY-MM or YYYY-MM-DD" }
        : { ok: true, value: text };
    case "boolean":
      if (["true", "1"].includes(text)) return { ok: true, value: true };
      if (["false", "0"].includes(text)) return { ok: true, value: false };
      return { ok: false, message: "expected true or false" };
    case "amount": {
      const number = Number(text);
      return text.trim() === "" || !Number.isFinite(number) || number < 0
        ? { ok: false, message: "expected a non-negative number of US dollars" }
        : { ok: true, value: number };
    }
  }
}

/** Write an option's value as text that parseInclusionValue reads back. */
export function formatInclusionValue(value: string | number | boolean | readonly string[]): string {
  return Array.isArray(value) ? value.join(",") : String(value);
}

/** The default of an option as text, for help texts and documents ("" for none). */
export function inclusionDefaultText(field: InclusionField): string {
  const value = INCLUSION_DEFAULTS[field.name];
  return value === null ? "" : formatInclusionValue(value);
}
