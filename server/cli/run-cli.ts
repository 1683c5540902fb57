// Run the `roundtrip` command on an argument list and settle on an exit code: 0 success,
// 1 bad input (located messages on stderr), 2 bad usage (commander's message and help); typed
// errors take their exit code from error-table.

import { CommanderError } from "commander";
import { InvalidDatasetError } from "../analysis/errors.js";
import { MalformedDocumentError } from "../dataset/import-error.js";
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, errorRowFor } from "../error-table.js";
import type { CliContext, CliIo } from "./cli-io.js";
import { createProgram } from "./create-program.js";
import { escapeTerminal } from "./escape-terminal.js";
import { countProblems, writeProblems } from "./write-problems.js";

/** `argv` without the node and script paths (process.argv.slice(2)). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const context: CliContext = { io, exitCode: EXIT_OK };
  try {
    await createProgram(context).parseAsync([...argv], { from: "user" });
    return context.exitCode;
  } catch (error) {
    return exitCodeFor(error, io);
  }
}

function exitCodeFor(error: unknown, io: CliIo): number {
  // Commander has already printed its message (and the help) through io.
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  if (isFileError(error)) {
    io.writeErr(`error: cannot read ${escapeTerminal(error.path ?? "the input")}: ${error.code}\n`);
    return EXIT_BAD_INPUT;
  }
  const row = errorRowFor(error);
  if (row === null) throw error;
  if (error instanceof InvalidDatasetError) {
    writeProblems(io, error.problems, error.warnings);
    io.writeErr(
      `roundtrip: invalid dataset: ${countProblems(error.problems.length, error.warnings.length)}\n`,
    );
  } else if (error instanceof MalformedDocumentError) {
    writeProblems(io, error.problems, []);
    io.writeErr("roundtrip: the input could not be read\n");
  } else {
    const usage = row.exitCode === EXIT_USAGE ? "(add --help for usage)\n" : "";
    io.writeErr(`error: ${escapeTerminal((error as Error).message)}\n${usage}`);
  }
  return row.exitCode;
}

function isFileError(error: unknown): error is { code: string; path?: string } {
  return (
    error instanceof Error &&
    typeof (error as { code?: unknown }).code === "string" &&
    typeof (error as { syscall?: unknown }).syscall === "string"
  );
}
