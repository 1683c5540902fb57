// `roundtrip summary [FILE]`: the system-wide figures (SPEC §4) as aligned lines or as JSON.

import { type Command, Option } from "commander";
import { computeViewSummaries } from "../analysis/compute-view-summaries.js";
import { VIEWS } from "../analysis/inclusion.js";
import type { CliContext } from "./cli-io.js";
import { addCycleFlags, type CycleFlags, cycleOptionsFromFlags } from "./cycle-flags.js";
import { formatSummary } from "./format-summary.js";
import { addInclusionFlags, type InclusionFlags, inclusionFromFlags } from "./inclusion-flags.js";
import { loadFlow } from "./load-flow.js";
import { createProgressLine } from "./progress-line.js";

interface SummaryFlags extends CycleFlags, InclusionFlags {
  json?: boolean;
}

export function registerSummaryCommand(program: Command, context: CliContext): void {
  const command = program
    .command("summary")
    .description(
      "system-wide figures (gross flow, compressible excess, cycling index, cycles), announced beside committed",
    )
    .argument("[file]", "dataset or - for stdin; default: the bundled dataset")
    .addOption(new Option("--json", "print the summary as JSON"));
  addCycleFlags(command);
  addInclusionFlags(command);
  command.action(async (file: string | undefined, flags: SummaryFlags) => {
    const { io } = context;
    const { dataset } = await loadFlow(file, flags, io);
    const progress = createProgressLine(io, "cycles");
    const inclusion = inclusionFromFlags(flags);
    const summaries = computeViewSummaries(dataset, {
      ...inclusion,
      ...cycleOptionsFromFlags(flags),
      onProgress: progress.onProgress,
    });
    progress.done();
    for (const view of VIEWS) {
      if (summaries[view].cyclesTruncated) {
        io.writeErr(`roundtrip: cycle count truncated in the ${view} view\n`);
      }
    }
    if (flags.json) {
      // The selected view's figures at the top (the SPEC §5 contract), both views beside them.
      const json = { ...summaries[inclusion.view], ...summaries };
      io.writeOut(`${JSON.stringify(json, null, 2)}\n`);
      return;
    }
    io.writeOut(`${formatSummary(summaries)}\n`);
  });
}
