import { describe, expect, it } from "vitest";
import { fixture, run } from "./cli-harness.js";

describe("roundtrip input formats", () => {
  it("reads CSV, GEXF and GraphML by extension and finds the same cycles as the JSON", async () => {
    const expected = JSON.parse((await run(["cycles", fixture("tiny.json"), "--json"])).stdout);
    for (const name of ["tiny.csv", "tiny.gexf", "tiny.graphml"]) {
      const { code, stdout } = await run(["cycles", fixture(name), "--json"]);
      expect(code, name).toBe(0);
      expect(JSON.parse(stdout), name).toEqual(expected);
    }
  });

  it("rejects an XML document that is neither GEXF nor GraphML with exit 1", async () => {
    const { code, stdout, stderr } = await run(["validate", "-"], { stdin: "<html></html>" });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^error: readDataset: expected XML with a <gexf> or <graphml> root/);
  });

  it("reports a truncated enumeration when the time budget is spent", async () => {
    const { code, stdout, stderr } = await run([
      "cycles",
      fixture("tiny.json"),
      "--json",
      "--time-budget",
      "0",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ truncated: true, truncatedReason: "timeBudget" });
    expect(stderr).toMatch(/truncated \(timeBudget\)/);
  });
});
