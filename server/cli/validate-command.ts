// `roundtrip validate [FILE]`: every located error and warning on stderr, a summary line on
// stdout; exit 1 when there are errors.

import type { Command } from "commander";
import type { CliContext } from "./cli-io.js";
import { readInput } from "./read-input.js";
import { countProblems, writeProblems } from "./write-problems.js";

export function registerValidateCommand(program: Command, context: CliContext): void {
  program
    .command("validate")
    .description("check a dataset against the format and list every problem with its location")
    .argument(
      "[file]",
      "dataset (.json, .csv, .gexf, .graphml, .zip) or - for stdin; default: the bundled dataset",
    )
    .action(async (file: string | undefined) => {
      // Invalid input throws InvalidDatasetError: run-cli prints it and exits 1.
      const { dataset, warnings } = await readInput(file, context.io);
      writeProblems(context.io, [], warnings);
      context.io.writeOut(
        `valid: ${dataset.entities.length} entities, ${dataset.deals.length} deals; ${countProblems(0, warnings.length)}\n`,
      );
    });
}
