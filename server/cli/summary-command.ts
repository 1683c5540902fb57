// `roundtrip summary [FILE]`: the system-wide figures (SPEC §4) as aligned lines or as JSON.

import { type Command, Option } from "commander";
import { computeSummary } from "../analysis/compute-summary.js";
import { findCycles } from "../analysis/find-cycles.js";
import type { CliContext } from "./cli-io.js";
import { addCycleFlags, type CycleFlags, cycleOptionsFromFlags } from "./cycle-flags.js";
import { formatSummary } from "./format-summary.js";
import { addInclusionFlags, type InclusionFlags } from "./inclusion-flags.js";
import { loadFlow } from "./load-flow.js";
import { createProgressLine } from "./progress-line.js";

interface SummaryFlags extends CycleFlags, InclusionFlags {
  json?: boolean;
}

export function registerSummaryCommand(program: Command, context: CliContext): void {
  const command = program
    .command("summary")
    .description("system-wide figures: gross flow, compressible excess, cycling index, cycles")
    .argument("[file]", "dataset or - for stdin; default: the bundled dataset")
    .addOption(new Option("--json", "print the summary as JSON"));
  addCycleFlags(command);
  addInclusionFlags(command);
  command.action(async (file: string | undefined, flags: SummaryFlags) => {
    const { io } = context;
    const { flow } = await loadFlow(file, flags, io);
    const progress = createProgressLine(io, "cycles");
    const cycles = findCycles(flow, {
      ...cycleOptionsFromFlags(flags),
      onProgress: progress.onProgress,
    });
    progress.done();
    if (cycles.truncated) {
      io.writeErr(`roundtrip: cycle count truncated (${cycles.truncatedReason})\n`);
    }
    const summary = computeSummary(flow, cycles);
    if (flags.json) {
      io.writeOut(`${JSON.stringify(summary, null, 2)}\n`);
      return;
    }
    io.writeOut(`${formatSummary(summary)}\n`);
  });
}
