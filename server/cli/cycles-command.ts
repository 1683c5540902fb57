// `roundtrip cycles [FILE]`: the elementary cycles (SPEC §3) as a table, as the JSON of SPEC §5,
// or only their number (--count, which never materialises them).

import { type Command, Option } from "commander";
import { countCycles } from "../analysis/count-cycles.js";
import { findCycles } from "../analysis/find-cycles.js";
import type { CliContext } from "./cli-io.js";
import { addCycleFlags, type CycleFlags, cycleOptionsFromFlags } from "./cycle-flags.js";
import { formatCycleTable } from "./format-cycle-table.js";
import { addInclusionFlags, type InclusionFlags } from "./inclusion-flags.js";
import { loadFlow } from "./load-flow.js";
import { createProgressLine } from "./progress-line.js";

/** Cycles `--count` stops at unless --max-cycles says otherwise. */
export const COUNT_MAX_CYCLES = 100_000_000;

interface CyclesFlags extends CycleFlags, InclusionFlags {
  json?: boolean;
  count?: boolean;
}

export function registerCyclesCommand(program: Command, context: CliContext): void {
  const command = program
    .command("cycles")
    .description("list the loops of deals: elementary cycles of the flow graph")
    .argument("[file]", "dataset or - for stdin; default: the bundled dataset")
    .addOption(new Option("--json", "print the SPEC §5 JSON").conflicts("count"))
    .addOption(
      new Option(
        "--count",
        `print only the number of cycles (--max-cycles defaults to ${COUNT_MAX_CYCLES.toLocaleString("en-US")}; "inf" for none)`,
      ),
    );
  addCycleFlags(command);
  addInclusionFlags(command);
  command.action(async (file: string | undefined, flags: CyclesFlags) => {
    const { io } = context;
    const { flow, committedFlow } = await loadFlow(file, flags, io);
    const progress = createProgressLine(io, "cycles");
    const options = { ...cycleOptionsFromFlags(flags), onProgress: progress.onProgress };
    if (flags.count) {
      // A count keeps no cycles in memory: a far higher default cap than a list, but still a cap
      // (a complete graph has more cycles than any run could count); "inf" lifts it.
      if (flags.maxCycles === undefined) options.maxCycles = COUNT_MAX_CYCLES;
      const result = countCycles(flow, options);
      progress.done();
      io.writeOut(`${result.count}\n`);
      if (result.truncated) io.writeErr(`roundtrip: count truncated (${result.truncatedReason})\n`);
      return;
    }
    const report = findCycles(flow, options, committedFlow);
    progress.done();
    if (flags.json) {
      io.writeOut(`${JSON.stringify(report, null, 2)}\n`);
      if (report.truncated) {
        io.writeErr(`roundtrip: cycle list truncated (${report.truncatedReason})\n`);
      }
      return;
    }
    io.writeOut(`${formatCycleTable(report, options.maxLength)}\n`);
  });
}
