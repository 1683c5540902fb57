// `roundtrip exposure [FILE]`: per-entity round-trip exposure (SPEC §4) as a table or as the
// JSON of SPEC §5 (one row per entity, in entity id order), with each entity's counterparty
// exposure (what it stands to lose to whom) beside it; with --centrality, PageRank and
// betweenness with each entity's rank (rankCentrality: asked for, as betweenness is O(V·E)).

import { type Command, Option } from "commander";
import { buildFinancingGraph } from "../analysis/build-financing-graph.js";
import { computeExposure } from "../analysis/compute-exposure.js";
import { computeCounterpartyExposure } from "../analysis/counterparty-exposure.js";
import { rankCentrality } from "../analysis/rank-centrality.js";
import type { CliContext } from "./cli-io.js";
import { formatCentralityTable } from "./format-centrality-table.js";
import { formatCounterpartyTable } from "./format-counterparty-table.js";
import { formatExposureTable } from "./format-exposure-table.js";
import { addInclusionFlags, type InclusionFlags, inclusionFromFlags } from "./inclusion-flags.js";
import { loadFlow } from "./load-flow.js";
import { writeProblems } from "./write-problems.js";

interface ExposureFlags extends InclusionFlags {
  entity?: string;
  json?: boolean;
  centrality?: boolean;
}

export function registerExposureCommand(program: Command, context: CliContext): void {
  const command = program
    .command("exposure")
    .description("how much of what each entity pays out comes back to it")
    .argument("[file]", "dataset or - for stdin; default: the bundled dataset")
    .addOption(new Option("--entity <id>", "only this entity"))
    .addOption(new Option("--json", "print the SPEC §5 JSON"))
    .addOption(
      new Option(
        "--centrality",
        "add PageRank and betweenness with ranks (betweenness within a bound on its work)",
      ),
    );
  addInclusionFlags(command);
  command.action(async (file: string | undefined, flags: ExposureFlags) => {
    const { io } = context;
    const { dataset, flow } = await loadFlow(file, flags, io);
    // An unknown --entity throws UnknownEntityError: run-cli reports it as a usage error.
    const report = computeExposure(flow, { entity: flags.entity ?? null });
    writeProblems(io, [], report.warnings);
    const counterparty = computeCounterpartyExposure(
      buildFinancingGraph(dataset),
      inclusionFromFlags(flags),
    ).filter((row) => flags.entity === undefined || row.id === flags.entity);
    const ranking = flags.centrality ? rankCentrality(flow) : null;
    const ranked =
      ranking?.entities.filter((row) => flags.entity === undefined || row.id === flags.entity) ??
      [];
    if (flags.json) {
      const answer = {
        entities: report.entities,
        counterpartyExposure: counterparty,
        ...(ranking === null
          ? {}
          : {
              centrality: {
                entities: ranked,
                rankedAmong: ranking.entities.length,
                betweennessNotComputed: ranking.betweennessNotComputed,
              },
            }),
      };
      io.writeOut(`${JSON.stringify(answer, null, 2)}\n`);
      return;
    }
    io.writeOut(`${formatExposureTable(report.entities)}\n`);
    // One entity: what it stands to lose to whom (the whole matrix is the --json).
    if (flags.entity !== undefined) io.writeOut(`\n${formatCounterpartyTable(counterparty[0]!)}\n`);
    if (ranking !== null) io.writeOut(`\n${formatCentralityTable(ranking, ranked)}\n`);
  });
}
