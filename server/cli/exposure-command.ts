// `roundtrip exposure [FILE]`: per-entity round-trip exposure (SPEC §4) as a table or as the
// JSON of SPEC §5 (one row per entity, in entity id order).

import { type Command, Option } from "commander";
import { computeExposure } from "../analysis/compute-exposure.js";
import type { CliContext } from "./cli-io.js";
import { formatExposureTable } from "./format-exposure-table.js";
import { addInclusionFlags, type InclusionFlags } from "./inclusion-flags.js";
import { loadFlow } from "./load-flow.js";
import { writeProblems } from "./write-problems.js";

interface ExposureFlags extends InclusionFlags {
  entity?: string;
  json?: boolean;
}

export function registerExposureCommand(program: Command, context: CliContext): void {
  const command = program
    .command("exposure")
    .description("how much of what each entity pays out comes back to it")
    .argument("[file]", "dataset or - for stdin; default: the bundled dataset")
    .addOption(new Option("--entity <id>", "only this entity"))
    .addOption(new Option("--json", "print the SPEC §5 JSON"));
  addInclusionFlags(command);
  command.action(async (file: string | undefined, flags: ExposureFlags) => {
    const { io } = context;
    const { flow } = await loadFlow(file, flags, io);
    // An unknown --entity throws UnknownEntityError: run-cli reports it as a usage error.
    const report = computeExposure(flow, { entity: flags.entity ?? null });
    writeProblems(io, [], report.warnings);
    if (flags.json) {
      io.writeOut(`${JSON.stringify({ entities: report.entities }, null, 2)}\n`);
      return;
    }
    io.writeOut(`${formatExposureTable(report.entities)}\n`);
  });
}
