import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, run } from "./cli-harness.js";

describe("roundtrip validate", () => {
  it("lists every located error on stderr and exits 1", async () => {
    const { code, stdout, stderr } = await run(["validate", fixture("invalid.json")]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.split("\n")).toEqual([
      "error: deals[1].amountUsd: expected an amount ≥ 0, received -5",
      'error: deals[1].to: unknown entity "oracel"',
      "roundtrip: invalid dataset: 2 errors, 0 warnings",
      "",
    ]);
  });

  it("accepts a valid file, lists its warnings and exits 0", async () => {
    const { code, stdout, stderr } = await run(["validate", fixture("tiny.json")]);
    expect(code).toBe(0);
    expect(stdout).toBe("valid: 5 entities, 8 deals; 0 errors, 1 warning\n");
    expect(stderr).toBe(
      "warning: deals[6].amountUsd: undisclosed amount: counted as 0 in flow analysis\n",
    );
  });

  it("reads stdin with -", async () => {
    const stdin = readFileSync(fixture("invalid.json"), "utf8");
    const { code, stderr } = await run(["validate", "-"], { stdin });
    expect(code).toBe(1);
    expect(stderr).toContain('deals[1].to: unknown entity "oracel"');
  });

  it("validates the bundled dataset when no file is given", async () => {
    const { code, stdout } = await run(["validate"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^valid: \d+ entities, \d+ deals; 0 errors/);
  });

  it("holds the bundled dataset to data/publishers.json: source warnings are located", async () => {
    const { code, stdout, stderr } = await run(["validate"]);
    expect(code).toBe(0);
    expect(stdout.split("\n")[1]).toMatch(
      /^sources: best source per deal \d+ primary, \d+ major, \d+ secondary, \d+ unrated; \d+ of \d+ deals \(\d+%\) have a primary or major source$/,
    );
    for (const line of stderr.split("\n")) {
      if (/publisher|primary or major/.test(line))
        expect(line).toMatch(/^warning: deals\[\d+\]\.sources/);
    }
  });

  it("holds any file to a publishers table given with --publishers", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roundtrip-publishers-"));
    const table = join(dir, "publishers.json");
    writeFileSync(
      table,
      JSON.stringify({ "example.org": { publisher: "Example", tier: "primary" } }),
    );
    const { code, stderr } = await run(["validate", fixture("tiny.json"), "--publishers", table]);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /warning: deals\[0\]\.sources(\[0\]\.url: unknown publisher host|: no primary or major source)/,
    );
    writeFileSync(table, "{ not json");
    const broken = await run(["validate", fixture("tiny.json"), "--publishers", table]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/malformed publishers JSON/);
  });

  it("answers an unknown command with usage and exit 2", async () => {
    const { code, stderr } = await run(["frobnicate"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown command 'frobnicate'/);
    expect((await run(["validate", "a.json", "b.json"])).code).toBe(2);
    expect((await run(["--help"])).code).toBe(0);
  });
});
