// `roundtrip validate [FILE]`: every located error and warning on stderr, a summary line on
// stdout; exit 1 when there are errors.

import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { MalformedDocumentError } from "../dataset/import-error.js";
import { parsePublisherTable } from "../dataset/publisher-table.js";
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
    .option(
      "--publishers <file>",
      "publishers table (host → publisher, tier) to hold the sources to; default: data/publishers.json for the bundled dataset, none otherwise",
    )
    .action(async (file: string | undefined, flags: { publishers?: string }) => {
      const publishers = flags.publishers
        ? parsePublisherTable(parseJson(await readFile(flags.publishers, "utf8")))
        : undefined;
      // Invalid input throws InvalidDatasetError: run-cli prints it and exits 1.
      const { dataset, warnings } = await readInput(file, context.io, { publishers });
      writeProblems(context.io, [], warnings);
      context.io.writeOut(
        `valid: ${dataset.entities.length} entities, ${dataset.deals.length} deals; ${countProblems(0, warnings.length)}\n`,
      );
    });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new MalformedDocumentError("validate", [
      { path: "", message: `malformed publishers JSON: ${message}` },
    ]);
  }
}
