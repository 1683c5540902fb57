// `roundtrip history [FILE]`: the trend line (SPEC §7) — both views' summary figures at each
// quarter (month, year) end, optionally one entity's round-trip series, as a table or JSON.

import { type Command, Option } from "commander";
import { computeHistory } from "../analysis/compute-history.js";
import { HISTORY_STEPS, type HistoryStep } from "../analysis/period-ends.js";
import type { CliContext } from "./cli-io.js";
import { addCycleFlags, type CycleFlags, cycleOptionsFromFlags } from "./cycle-flags.js";
import { formatHistoryTable } from "./format-history-table.js";
import { addInclusionFlags, type InclusionFlags, inclusionFromFlags } from "./inclusion-flags.js";
import { readInput } from "./read-input.js";
import { writeWarningCount } from "./write-problems.js";

interface HistoryFlags extends CycleFlags, InclusionFlags {
  step: HistoryStep;
  entity?: string;
  json?: boolean;
}

export function registerHistoryCommand(program: Command, context: CliContext): void {
  const command = program
    .command("history")
    .description(
      "the trend: announced and committed figures at each period end, from the first deal to the last",
    )
    .argument("[file]", "dataset or - for stdin; default: the bundled dataset")
    .addOption(
      new Option("--step <step>", "period between points")
        .choices(HISTORY_STEPS)
        .default("quarter"),
    )
    .addOption(new Option("--entity <id>", "add this entity's round-trip share and inflow"))
    .addOption(new Option("--json", "print the SPEC §7 JSON"));
  addCycleFlags(command);
  // Both views at every period end: --view and --as-of do not apply.
  addInclusionFlags(command, ["view", "asOf"]);
  command.action(async (file: string | undefined, flags: HistoryFlags) => {
    const { io } = context;
    const { dataset, warnings } = await readInput(file, io);
    writeWarningCount(io, warnings.length);
    if (flags.entity !== undefined && !dataset.entities.some((e) => e.id === flags.entity)) {
      command.error(
        `error: option '--entity <id>' argument ${JSON.stringify(flags.entity)} is not an entity of the dataset.`,
        { exitCode: 2, code: "roundtrip.unknownEntity" },
      );
    }
    const { view: _view, asOf: _asOf, ...inclusion } = inclusionFromFlags(flags);
    const { onProgress: _progress, ...bounds } = cycleOptionsFromFlags(flags);
    const history = computeHistory(dataset, {
      ...inclusion,
      ...bounds,
      step: flags.step,
      entity: flags.entity ?? null,
    });
    if (history.truncated) {
      io.writeErr(`roundtrip: history truncated (${history.truncatedReason})\n`);
    }
    if (flags.json) {
      io.writeOut(`${JSON.stringify(history, null, 2)}\n`);
      return;
    }
    io.writeOut(`${formatHistoryTable(history)}\n`);
  });
}
