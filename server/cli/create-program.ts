// The `roundtrip` command tree (commander): usage errors throw instead of exiting, and all output
// goes through the injected io so the CLI runs the same in-process and as a process.

import { Command } from "commander";
import packageJson from "../../package.json" with { type: "json" };
import type { CliContext } from "./cli-io.js";
import { registerCyclesCommand } from "./cycles-command.js";
import { registerExportCommand } from "./export-command.js";
import { registerExposureCommand } from "./exposure-command.js";
import { registerHistoryCommand } from "./history-command.js";
import { registerStressCommand } from "./stress-command.js";
import { registerSummaryCommand } from "./summary-command.js";
import { registerValidateCommand } from "./validate-command.js";

export function createProgram(context: CliContext): Command {
  const { io } = context;
  const program = new Command("roundtrip")
    .description("Map and measure circular financing: loops of deals and round-trip exposure.")
    .configureOutput({
      writeOut: (text) => io.writeOut(text),
      writeErr: (text) => io.writeErr(text),
    })
    .version(packageJson.version, "-V, --version", "print the version")
    .exitOverride()
    .showHelpAfterError()
    .helpCommand(true);
  // Subcommands inherit the settings above because they are created with program.command().
  registerValidateCommand(program, context);
  registerCyclesCommand(program, context);
  registerExposureCommand(program, context);
  registerSummaryCommand(program, context);
  registerHistoryCommand(program, context);
  registerStressCommand(program, context);
  registerExportCommand(program, context);
  return program;
}
