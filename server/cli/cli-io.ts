// The outside world of the `roundtrip` command, as one injectable record: streams, stdin, TTY.
// main.ts binds it to the process; tests pass their own and read what was written.

export interface CliIo {
  writeOut(text: string): void;
  /** Bytes to standard output (a zip); when absent, binary output needs -o. */
  writeOutBytes?(bytes: Uint8Array): void;
  writeErr(text: string): void;
  /** The whole of standard input. */
  readStdin(): Promise<Uint8Array>;
  /** Whether stderr is a terminal (progress lines are drawn only then). */
  readonly stderrIsTty: boolean;
  /** Whether stdout is a terminal (exports then refuse binary and escape control characters). */
  readonly stdoutIsTty?: boolean;
}

/** The CLI's state while one command runs: its io and the exit code it settles on. */
export interface CliContext {
  readonly io: CliIo;
  exitCode: number;
}
