// `roundtrip export [FILE] --format F [-o OUT]`: the dataset in another format (json, csv, gexf,
// graphml, neo4j), or a view of it (svg, cycles-csv, exposure-csv), under the inclusion options.
// Writes to stdout by default; never over an input file, nor over an existing OUT without --force.

import { realpathSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { type Command, Option } from "commander";
import { analyzeDataset } from "../analysis/analyze-dataset.js";
import { buildFinancingGraph } from "../analysis/build-financing-graph.js";
import { createDealFilter } from "../analysis/deal-filter.js";
import { RoundtripError } from "../analysis/errors.js";
import { INCLUSION_FIELDS } from "../analysis/inclusion-fields.js";
import type { Dataset } from "../analysis/types.js";
import { type ExportedFile, exportDataset } from "../dataset/export-dataset.js";
import {
  CLI_EXPORT_FORMATS,
  EXPORT_FORMAT_TABLE,
  exportFormatRow,
  type ViewExportFormat,
} from "../dataset/export-formats.js";
import { BUNDLED_SOURCE, creditText, exportView, THEMES } from "../dataset/export-view.js";
import type { CliContext, CliIo } from "./cli-io.js";
import { escapeTerminal } from "./escape-terminal.js";
import { addInclusionFlags, type InclusionFlags, inclusionFromFlags } from "./inclusion-flags.js";
import { readInput } from "./read-input.js";
import { writeWarningCount } from "./write-problems.js";

/** An output the command will not write: an input file, or an existing file without --force. */
export class OutputRefusedError extends RoundtripError {
  override name = "OutputRefusedError";
}

interface ExportFlags extends InclusionFlags {
  format: (typeof CLI_EXPORT_FORMATS)[number];
  output?: string;
  force?: boolean;
  theme: (typeof THEMES)[number];
}

function isViewFormat(format: string): format is ViewExportFormat {
  return EXPORT_FORMAT_TABLE.some((row) => row.source === "view" && row.name === format);
}

/** The deals that pass the options and the entities they touch. */
function includedDataset(dataset: Dataset, flags: InclusionFlags): Dataset {
  const counts = createDealFilter(dataset.deals, inclusionFromFlags(flags));
  const deals = dataset.deals.filter(counts);
  const used = new Set(deals.flatMap((deal) => [deal.from, deal.to]));
  return { ...dataset, entities: dataset.entities.filter((e) => used.has(e.id)), deals };
}

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

/** Text made safe for a terminal, line by line (line ends kept, CRLF shown as LF). */
function terminalSafe(text: string): string {
  return text
    .split("\n")
    .map((line) => escapeTerminal(line.replace(/\r$/, "")))
    .join("\n");
}

async function writeOutput(io: CliIo, file: ExportedFile, flags: ExportFlags, input?: string) {
  const { output } = flags;
  if (output === undefined || output === "-") {
    if (typeof file.body !== "string") {
      if (io.stdoutIsTty || !io.writeOutBytes) {
        throw new OutputRefusedError(
          `export: ${flags.format} is a zip archive; name a file with -o or pipe the output`,
        );
      }
      io.writeOutBytes(file.body);
      return;
    }
    io.writeOut(io.stdoutIsTty ? terminalSafe(file.body) : file.body);
    return;
  }
  if (input !== undefined && input !== "-" && sameFile(output, input)) {
    throw new OutputRefusedError(
      `export: refusing to write over the input file ${escapeTerminal(output)}`,
    );
  }
  try {
    await writeFile(output, file.body, { flag: flags.force ? "w" : "wx" });
  } catch (error) {
    if ((error as { code?: unknown }).code === "EEXIST") {
      throw new OutputRefusedError(
        `export: ${escapeTerminal(output)} exists; add --force to replace it`,
      );
    }
    throw error;
  }
}

export function registerExportCommand(program: Command, context: CliContext): void {
  const command = program
    .command("export")
    .description("write the dataset in another format, or a picture or table of a view of it")
    .argument("[file]", "dataset or - for stdin; default: the bundled dataset")
    .addOption(
      new Option("--format <format>", "what to write")
        .choices(CLI_EXPORT_FORMATS)
        .makeOptionMandatory(),
    )
    .addOption(new Option("-o, --output <file>", "write to FILE instead of stdout"))
    .addOption(new Option("--force", "replace an existing output file"))
    .addOption(
      new Option("--theme <theme>", "svg colours").choices(THEMES).default("light" as const),
    );
  addInclusionFlags(command);
  command.addHelpText(
    "after",
    [
      "",
      "Formats: json, csv (zip of nodes.csv and edges.csv), gexf, graphml, neo4j (zip) carry the",
      "dataset — all of it, or with inclusion options only the deals they count; svg draws the",
      "network under the options; cycles-csv and exposure-csv are the loops and exposure tables.",
      "A zip is never written to a terminal. Example:",
      "  roundtrip export --format svg --as-of 2025-03-31 -o roundtrip-2025-03-31.svg",
      "",
    ].join("\n"),
  );
  command.action(async (file: string | undefined, flags: ExportFlags) => {
    const { io } = context;
    const { dataset, warnings } = await readInput(file, io);
    writeWarningCount(io, warnings.length);
    const { format } = flags;
    let exported: ExportedFile;
    if (isViewFormat(format)) {
      const inclusion = inclusionFromFlags(flags);
      const info = exportFormatRow(format);
      const source = file === undefined ? BUNDLED_SOURCE : file === "-" ? "stdin" : basename(file);
      const analysis = info.needsAnalysis ? analyzeDataset(dataset, inclusion) : undefined;
      let positions: ReadonlyMap<string, { x: number; y: number }> | undefined;
      if (info.needsLayout) {
        // The viewer's own layout: loaded only for pictures (ForceAtlas2 and noverlap).
        const { computeLayout } = await import("../../shared/layout/compute-layout.js");
        positions = computeLayout(buildFinancingGraph(dataset));
      }
      exported = exportView(format, {
        dataset,
        inclusion,
        ...(analysis ? { analysis } : {}),
        ...(positions ? { positions } : {}),
        theme: flags.theme,
        text: creditText(source),
      });
      if (analysis?.cycles.truncated) {
        io.writeErr(`roundtrip: loops table truncated (${analysis.cycles.truncatedReason})\n`);
      }
    } else {
      const narrowed = INCLUSION_FIELDS.some(({ name }) => flags[name] !== undefined);
      const written = narrowed ? includedDataset(dataset, flags) : dataset;
      exported = exportDataset(written, format);
      if (format === "gexf") {
        // Gephi opens it with the viewer's layout and palette (--theme).
        const { computeLayout } = await import("../../shared/layout/compute-layout.js");
        const { gexfVisual } = await import("../dataset/gexf-visual.js");
        const { exportGexf } = await import("../dataset/export-gexf.js");
        const visual = gexfVisual(
          written,
          computeLayout(buildFinancingGraph(written)),
          flags.theme,
        );
        exported = { ...exported, body: exportGexf(written, visual) };
      }
    }
    await writeOutput(io, exported, flags, file);
  });
}
