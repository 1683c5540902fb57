// `roundtrip validate [FILE]`: every located error and warning on stderr, a summary line on
// stdout; exit 1 when there are errors.

import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { countDealsByTier } from "../dataset/count-deals-by-tier.js";
import { MalformedDocumentError } from "../dataset/import-error.js";
import { parsePublisherTable } from "../dataset/publisher-table.js";
import type { CliContext } from "./cli-io.js";
import { readInput, resolvePublishers } from "./read-input.js";
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
      const table = resolvePublishers(file, publishers);
      // Invalid input throws InvalidDatasetError: run-cli prints it and exits 1.
      const { dataset, warnings } = await readInput(file, context.io, { publishers: table });
      writeProblems(context.io, [], warnings);
      context.io.writeOut(
        `valid: ${dataset.entities.length} entities, ${dataset.deals.length} deals; ${countProblems(0, warnings.length)}\n`,
      );
      if (table) {
        const c = countDealsByTier(dataset.deals, table);
        const quotable = c.primary + c.major;
        const share = dataset.deals.length === 0 ? 0 : quotable / dataset.deals.length;
        context.io.writeOut(
          `sources: best source per deal ${c.primary} primary, ${c.major} major, ${c.secondary} secondary, ${c.unrated} unrated; ${quotable} of ${dataset.deals.length} deals (${Math.round(share * 100)}%) have a primary or major source\n`,
        );
      }
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
