import { describe, expect, it } from "vitest";
import type { CliIo } from "../../server/cli/cli-io.js";
import { createProgressLine } from "../../server/cli/progress-line.js";

const ioWith = (stderrIsTty: boolean) => {
  const written: string[] = [];
  const io: CliIo = {
    writeOut: () => {},
    writeErr: (text) => written.push(text),
    readStdin: async () => new Uint8Array(),
    stderrIsTty,
  };
  return { io, written };
};

describe("createProgressLine", () => {
  it("redraws one line on a terminal and erases it when done", () => {
    const { io, written } = ioWith(true);
    const progress = createProgressLine(io, "cycles");
    progress.onProgress?.(1234);
    progress.onProgress?.(56789);
    progress.done();
    expect(written).toEqual([
      "\r\u001b[K1,234 cycles so far…",
      "\r\u001b[K56,789 cycles so far…",
      "\r\u001b[K",
    ]);
  });

  it("stays silent when stderr is not a terminal", () => {
    const { io, written } = ioWith(false);
    const progress = createProgressLine(io, "cycles");
    expect(progress.onProgress).toBeUndefined();
    progress.done();
    expect(written).toEqual([]);
  });
});
