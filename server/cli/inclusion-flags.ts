// The inclusion flags every analysis command shares (SPEC §2), declared from the one table of
// inclusion options (INCLUSION_FIELDS): `--kebab-case` of each option's name, parsed by commander
// with the table's reader, so a bad value is a usage error (exit 2) that names the flag and value.

import { type Command, InvalidArgumentError, Option } from "commander";
import { INCLUSION_DEFAULTS, type InclusionOptions } from "../analysis/inclusion.js";
import {
  INCLUSION_FIELDS,
  type InclusionField,
  inclusionFlagName,
  parseInclusionValue,
} from "../analysis/inclusion-fields.js";

/** Parsed flags: commander names each option after its flag, which gives back the option's name. */
export type InclusionFlags = Partial<InclusionOptions>;

const ARGUMENT: Record<InclusionField["kind"], string> = {
  list: "<list>",
  choice: "<name>",
  date: "<date>",
  amount: "<usd>",
  boolean: "",
};

function flagOf(field: InclusionField): Option {
  const name = inclusionFlagName(field.name);
  if (field.kind === "boolean") return new Option(`--${name}`, field.doc);
  const values = field.kind === "list" ? ` (${field.values?.join(",")})` : "";
  return new Option(`--${name} ${ARGUMENT[field.kind]}`, `${field.doc}${values}`).argParser(
    (text: string) => {
      const parsed = parseInclusionValue(field, text);
      if (!parsed.ok) throw new InvalidArgumentError(`${parsed.message}.`);
      return parsed.value;
    },
  );
}

/**
 * Declare one flag per inclusion option (--types, --as-of, --min-amount-usd, --view, …), but for
 * the options a command sets itself (`history` computes both views at every period end).
 */
export function addInclusionFlags(
  command: Command,
  except: readonly (keyof InclusionOptions)[] = [],
): Command {
  for (const field of INCLUSION_FIELDS) {
    if (!except.includes(field.name)) command.addOption(flagOf(field));
  }
  return command;
}

/** Inclusion options from parsed flags; absent flags keep INCLUSION_DEFAULTS. */
export function inclusionFromFlags(flags: InclusionFlags): InclusionOptions {
  const options: Record<string, unknown> = { ...INCLUSION_DEFAULTS };
  for (const { name } of INCLUSION_FIELDS) {
    if (flags[name] !== undefined) options[name] = flags[name];
  }
  return options as unknown as InclusionOptions;
}
