// The installed command as a process: bin/roundtrip.js → server/cli/main.ts.

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixture } from "./cli-harness.js";

const bin = new URL("../../bin/roundtrip.js", import.meta.url).pathname;
const roundtrip = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", timeout: 60_000 });

describe("bin/roundtrip.js", () => {
  it("counts cycles of a file given on stdin and exits 0", () => {
    const result = roundtrip(
      ["cycles", "-", "--count"],
      readFileSync(fixture("tiny.json"), "utf8"),
    );
    expect(result.stdout).toBe("2\n");
    expect(result.status).toBe(0);
  });

  it("exits 1 with located errors on invalid input and 2 on a bad flag", () => {
    const invalid = roundtrip(["validate", fixture("invalid.json")]);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain('deals[1].to: unknown entity "oracel"');
    const usage = roundtrip(["cycles", fixture("tiny.json"), "--max-length", "zero"]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("--max-length");
  });

  it("reads CSV, GEXF and GraphML through the readers it loads on demand", () => {
    for (const name of ["tiny.csv", "tiny.gexf", "tiny.graphml"]) {
      const result = roundtrip(["cycles", fixture(name), "--count"]);
      expect({ name, stdout: result.stdout, status: result.status }).toEqual({
        name,
        stdout: "2\n",
        status: 0,
      });
    }
  });

  it("prints the package version", () => {
    const { version } = JSON.parse(
      readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
    ) as { version: string };
    const result = roundtrip(["--version"]);
    expect(result.stdout).toBe(`${version}\n`);
    expect(result.status).toBe(0);
  });
});
