// Entry point of the `roundtrip` command: bind the CLI to this process and set its exit code.

import type { CliIo } from "./cli-io.js";
import { runCli } from "./run-cli.js";

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

const io: CliIo = {
  writeOut: (text) => process.stdout.write(text),
  writeOutBytes: (bytes) => process.stdout.write(bytes),
  writeErr: (text) => process.stderr.write(text),
  readStdin,
  stderrIsTty: process.stderr.isTTY === true,
  stdoutIsTty: process.stdout.isTTY === true,
};

process.exitCode = await runCli(process.argv.slice(2), io);
