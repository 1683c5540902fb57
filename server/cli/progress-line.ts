// A one-line progress counter on stderr for long enumerations, drawn only on a terminal.

import type { CliIo } from "./cli-io.js";

export interface ProgressLine {
  readonly onProgress: ((found: number) => void) | undefined;
  /** Erase the line (call once the enumeration has ended). */
  done(): void;
}

export function createProgressLine(io: CliIo, noun: string): ProgressLine {
  if (!io.stderrIsTty) return { onProgress: undefined, done: () => {} };
  let drawn = false;
  return {
    onProgress(found) {
      drawn = true;
      io.writeErr(`\r\u001b[K${found.toLocaleString("en-US")} ${noun} so far…`);
    },
    done() {
      if (drawn) io.writeErr("\r\u001b[K");
    },
  };
}
