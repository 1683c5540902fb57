// Located problems on stderr, one a line: `error: deals[12].to: unknown entity "oracel"`.

import type { Problem } from "../analysis/types.js";
import type { CliIo } from "./cli-io.js";
import { escapeTerminal } from "./escape-terminal.js";

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

export function formatProblem(severity: "error" | "warning", problem: Problem): string {
  const line = problem.path
    ? `${severity}: ${problem.path}: ${problem.message}`
    : `${severity}: ${problem.message}`;
  return escapeTerminal(line);
}

/** Every error, then every warning, on stderr. */
export function writeProblems(
  io: CliIo,
  errors: readonly Problem[],
  warnings: readonly Problem[],
): void {
  for (const problem of errors) io.writeErr(`${formatProblem("error", problem)}\n`);
  for (const problem of warnings) io.writeErr(`${formatProblem("warning", problem)}\n`);
}

/** `2 errors, 1 warning`. */
export function countProblems(errors: number, warnings: number): string {
  return `${plural(errors, "error")}, ${plural(warnings, "warning")}`;
}

/** One line on stderr when the dataset raised warnings (only `roundtrip validate` lists them). */
export function writeWarningCount(io: CliIo, count: number): void {
  if (count === 0) return;
  const noun = count === 1 ? "warning" : "warnings";
  io.writeErr(
    `roundtrip: the dataset raised ${count} ${noun} (\`roundtrip validate\` lists them)\n`,
  );
}
