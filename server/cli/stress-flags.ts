// The flags of `roundtrip stress` (SPEC §6), parsed and checked by commander: a bad value is a
// usage error (exit 2) that names the flag.

import { type Command, InvalidArgumentError, Option } from "commander";
import {
  SCENARIO_DEFAULTS,
  SCENARIO_MODELS,
  type ScenarioModel,
  type Shock,
} from "../analysis/scenario-options.js";

/** "x" as a number in [0, 1], or throws naming `what`. */
function unitInterval(value: string, what: string): number {
  const number = Number(value);
  if (value.trim() === "" || !(number >= 0 && number <= 1)) {
    throw new InvalidArgumentError(
      `expected ${what} in [0, 1], received ${JSON.stringify(value)}.`,
    );
  }
  return number;
}

/** `ID` (a shock of 1: ID fails) or `ID=S` with S in [0, 1]; repeatable. */
export function parseShock(value: string, previous: readonly Shock[] = []): Shock[] {
  const at = value.lastIndexOf("=");
  const id = at < 0 ? value : value.slice(0, at);
  const shock = at < 0 ? 1 : unitInterval(value.slice(at + 1), "the shock after =");
  if (id === "") throw new InvalidArgumentError("expected an entity id before =.");
  if (previous.some((s) => s.id === id)) {
    throw new InvalidArgumentError(`entity ${JSON.stringify(id)} is shocked twice.`);
  }
  return [...previous, { id, shock }];
}

function capitalShare(value: string): number {
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number) || number < 0) {
    throw new InvalidArgumentError(
      `expected a finite number ≥ 0, received ${JSON.stringify(value)}.`,
    );
  }
  return number;
}

export interface StressFlags {
  shock: Shock[];
  model?: ScenarioModel;
  recovery?: number;
  capitalShare?: number;
}

/** Declare --shock (required, repeatable), --model, --recovery, --capital-share. */
export function addStressFlags(command: Command): Command {
  return command
    .addOption(
      new Option(
        "--shock <id[=share]>",
        "an entity that cannot pay: ID fails outright, ID=0.4 loses 40 % of its capital (repeatable)",
      )
        .argParser(parseShock)
        .makeOptionMandatory(),
    )
    .addOption(
      new Option("--model <model>", "linear DebtRank or the default cascade")
        .choices(SCENARIO_MODELS)
        .default(SCENARIO_DEFAULTS.model),
    )
    .addOption(
      new Option(
        "--recovery <rate>",
        "cascade: share of an exposure recovered from a defaulted entity",
      )
        .argParser((v: string) => unitInterval(v, "a recovery rate"))
        .default(SCENARIO_DEFAULTS.recovery),
    )
    .addOption(
      new Option(
        "--capital-share <k>",
        "capital of an entity without book equity = k × max(inflow, outflow)",
      )
        .argParser(capitalShare)
        .default(SCENARIO_DEFAULTS.capitalShare),
    );
}
