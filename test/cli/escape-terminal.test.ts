import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { escapeTerminal } from "../../server/cli/escape-terminal.js";
import { datasetOf } from "../fixtures/build-dataset.js";
import { run } from "./cli-harness.js";

/** Screen clear, clipboard write (OSC 52), hyperlink (OSC 8), carriage return, bidi override, C1 CSI. */
const ATTACKS = [
  "\u001b[2J",
  "\u001b]52;c;ZXZpbA==\u0007",
  "\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\",
  "ok\rFAKE",
  "\u202eevil",
  "\u009b31m",
];
// biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/u;

function hostileFile(): string {
  const ids = ATTACKS.map((attack, k) => `e${k}${attack}`);
  const deals = ids.map((from, k) => ({
    from,
    to: ids[(k + 1) % ids.length]!,
    amountUsd: 1e9,
    id: `d${k}${ATTACKS[k]}`,
    sources: [{ url: "https://example.com/deal", title: `title ${ATTACKS[k]}` }],
  }));
  const dataset = datasetOf(ids, deals);
  const path = join(mkdtempSync(join(tmpdir(), "roundtrip-escape-")), "hostile.json");
  writeFileSync(path, JSON.stringify(dataset));
  return path;
}

describe("escapeTerminal", () => {
  it("escapes C0, DEL, C1, separators and bidi overrides, and keeps printable text", () => {
    expect(escapeTerminal("a\u001b[2Jb")).toBe("a\\u001b[2Jb");
    expect(escapeTerminal("x\ry\n\t")).toBe("x\\u000dy\\u000a\\u0009");
    expect(escapeTerminal("\u007f\u009b\u2028\u202e")).toBe("\\u007f\\u009b\\u2028\\u202e");
    expect(escapeTerminal("Oracle Ünïcødé 甲骨文 🚀 → $1.2B")).toBe(
      "Oracle Ünïcødé 甲骨文 🚀 → $1.2B",
    );
  });
});

describe("human CLI output on hostile ids (issue 16, finding 4)", () => {
  const file = hostileFile();
  for (const argv of [["cycles"], ["exposure"], ["summary"], ["validate"]]) {
    it(`roundtrip ${argv[0]} prints no control character from the data`, async () => {
      const { code, stdout, stderr } = await run([...argv, file]);
      expect(code).toBe(0);
      expect(stdout).not.toMatch(CONTROL);
      expect(stderr).not.toMatch(CONTROL);
      if (argv[0] === "cycles") expect(stdout).toContain("e0\\u001b[2J");
      if (argv[0] === "exposure") expect(stdout).toContain("e3ok\\u000dFAKE");
    });
  }

  it("escapes an unknown --entity echoed in the usage error", async () => {
    const { code, stderr } = await run(["exposure", file, "--entity", "nobody\u001b[2J"]);
    expect(code).toBe(2);
    expect(stderr).not.toMatch(CONTROL);
    expect(stderr).toContain("\\u001b[2J");
  });
});
