// The cycle bounds shared by `cycles` and `summary` (SPEC §3): --max-length, --max-cycles,
// --time-budget, with `inf` for no bound.

import { type Command, InvalidArgumentError, Option } from "commander";
import { CYCLE_DEFAULTS, type CycleOptions } from "../analysis/cycle-options.js";

function integerOrInfinity(minimum: number) {
  return (value: string): number => {
    const text = value.trim().toLowerCase();
    if (text === "inf" || text === "infinity") return Number.POSITIVE_INFINITY;
    const number = Number(text);
    if (text === "" || !Number.isInteger(number) || number < minimum) {
      throw new InvalidArgumentError(`expected an integer ≥ ${minimum} or "inf".`);
    }
    return number;
  };
}

function milliseconds(value: string): number {
  const number = Number(value);
  if (value.trim() === "" || Number.isNaN(number) || number < 0) {
    throw new InvalidArgumentError("expected a non-negative number of milliseconds.");
  }
  return number;
}

export interface CycleFlags {
  maxLength?: number;
  maxCycles?: number;
  timeBudget?: number;
}

export function addCycleFlags(command: Command): Command {
  return command
    .addOption(
      new Option(
        "--max-length <n>",
        `longest cycle, in hops (default ${CYCLE_DEFAULTS.maxLength}; "inf" for no bound)`,
      ).argParser(integerOrInfinity(2)),
    )
    .addOption(
      new Option(
        "--max-cycles <n>",
        `stop after this many cycles (default ${CYCLE_DEFAULTS.maxCycles}; "inf" for no bound)`,
      ).argParser(integerOrInfinity(0)),
    )
    .addOption(
      new Option("--time-budget <ms>", "stop enumerating after this many milliseconds").argParser(
        milliseconds,
      ),
    );
}

export function cycleOptionsFromFlags(flags: CycleFlags): CycleOptions {
  return {
    maxLength: flags.maxLength ?? CYCLE_DEFAULTS.maxLength,
    maxCycles: flags.maxCycles ?? CYCLE_DEFAULTS.maxCycles,
    timeBudgetMs: flags.timeBudget ?? CYCLE_DEFAULTS.timeBudgetMs,
  };
}
