// Run the CLI in-process on an argument list, capturing what it writes.

import { runCli } from "../../server/cli/run-cli.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export const FIXTURES = new URL("../fixtures/cli/", import.meta.url);
export const fixture = (name: string) => new URL(name, FIXTURES).pathname;

export async function run(
  argv: string[],
  options: { stdin?: string; tty?: boolean } = {},
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    writeOut: (text) => {
      stdout += text;
    },
    writeErr: (text) => {
      stderr += text;
    },
    readStdin: async () => new TextEncoder().encode(options.stdin ?? ""),
    stderrIsTty: options.tty ?? false,
  });
  return { code, stdout, stderr };
}
