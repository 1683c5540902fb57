// `roundtrip stress [FILE] --shock ID[=S] …`: who is hurt if these entities cannot pay (SPEC §6),
// as a table sorted by loss or as the §6 JSON (one row per entity, in id order).

import { type Command, Option } from "commander";
import { buildFinancingGraph } from "../analysis/build-financing-graph.js";
import { InvalidOptionError } from "../analysis/errors.js";
import { runScenario } from "../analysis/run-scenario.js";
import { SCENARIO_DEFAULTS } from "../analysis/scenario-options.js";
import type { CliContext } from "./cli-io.js";
import { escapeTerminal } from "./escape-terminal.js";
import { formatStressTable } from "./format-stress-table.js";
import { addInclusionFlags, type InclusionFlags, inclusionFromFlags } from "./inclusion-flags.js";
import { readInput } from "./read-input.js";
import { addStressFlags, type StressFlags } from "./stress-flags.js";
import { writeWarningCount } from "./write-problems.js";

interface StressCommandFlags extends InclusionFlags, StressFlags {
  json?: boolean;
}

export function registerStressCommand(program: Command, context: CliContext): void {
  const command = program
    .command("stress")
    .description("if these entities cannot pay, who is hurt and who fails with them")
    .argument("[file]", "dataset or - for stdin; default: the bundled dataset")
    .addOption(new Option("--json", "print the SPEC §6 JSON"));
  addStressFlags(command);
  addInclusionFlags(command);
  command.addHelpText(
    "after",
    "\nExamples:\n  roundtrip stress --shock openai\n  roundtrip stress --shock openai=0.5 --shock oracle --model cascade --recovery 0.4",
  );
  command.action(async (file: string | undefined, flags: StressCommandFlags) => {
    const { io } = context;
    const { dataset, warnings } = await readInput(file, io);
    writeWarningCount(io, warnings.length);
    const known = new Set(dataset.entities.map((e) => e.id));
    for (const { id } of flags.shock) {
      if (!known.has(id)) {
        // "openai:0.5" is the API's and the link's way: say the CLI's.
        const at = id.lastIndexOf(":");
        const hint =
          at > 0 && known.has(id.slice(0, at))
            ? `; the share follows "=": ${escapeTerminal(`${id.slice(0, at)}=${id.slice(at + 1)}`)}`
            : "";
        throw new InvalidOptionError(
          `option '--shock <id[=share]>': unknown entity ${escapeTerminal(JSON.stringify(id))}${hint}`,
        );
      }
    }
    const options = {
      ...inclusionFromFlags(flags),
      shocks: flags.shock,
      model: flags.model,
      recovery: flags.recovery,
      capitalShare: flags.capitalShare,
    };
    const result = runScenario(buildFinancingGraph(dataset), options);
    if (flags.json) {
      io.writeOut(`${JSON.stringify(result, null, 2)}\n`);
      return;
    }
    const equityAsOf = new Map<string, string>();
    for (const entity of dataset.entities) {
      if (entity.financials?.asOf) equityAsOf.set(entity.id, entity.financials.asOf);
    }
    const capitalShare = flags.capitalShare ?? SCENARIO_DEFAULTS.capitalShare;
    io.writeOut(`${formatStressTable(result, flags.shock, capitalShare, equityAsOf)}\n`);
  });
}
