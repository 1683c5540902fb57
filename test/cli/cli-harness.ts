// Run the CLI in-process on an argument list, capturing what it writes.

import { runCli } from "../../server/cli/run-cli.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** What was written as bytes (binary exports). */
  stdoutBytes: Uint8Array;
}

export const FIXTURES = new URL("../fixtures/cli/", import.meta.url);
export const fixture = (name: string) => new URL(name, FIXTURES).pathname;

export async function run(
  argv: string[],
  options: { stdin?: string; tty?: boolean; stdoutTty?: boolean } = {},
): Promise<CliRun> {
  const chunks: Uint8Array[] = [];
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
    writeOutBytes: (bytes) => {
      chunks.push(bytes);
    },
    stderrIsTty: options.tty ?? false,
    stdoutIsTty: options.stdoutTty ?? false,
  });
  return { code, stdout, stderr, stdoutBytes: new Uint8Array(Buffer.concat(chunks)) };
}
