// Issue 16, finding 2, replayed at its size: `roundtrip validate` on 80,000 CSV rows, each with the
// same oddity, died with an uncaught RangeError (a spread of every warning into one push). It lists
// them and exits 0 now.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "./cli-harness.js";

describe("roundtrip validate at scale (issue 16)", () => {
  it("reads 80,000 rows repeating one oddity without overflowing the stack", async () => {
    const rows = ["from,to,type,amountUsd,amountBasis,date,status,sourceUrl"];
    for (let k = 0; k < 80_000; k++) {
      rows.push(`Nvidia,OpenAI,equity,${k + 1},committed,2025,,https://a.example/${k}`);
    }
    const file = join(mkdtempSync(join(tmpdir(), "roundtrip-validate-")), "many.csv");
    writeFileSync(file, rows.join("\n"));
    const { code, stdout, stderr } = await run(["validate", file]);
    expect(code).toBe(0);
    expect(stdout).toBe("valid: 2 entities, 80000 deals; 0 errors, 80000 warnings\n");
    const lines = stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(80_000);
    expect(lines[79_999]).toBe('warning: row 80001, column "status": no status: assumed announced');
  }, 120_000);
});
