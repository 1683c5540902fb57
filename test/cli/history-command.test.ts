import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computeHistory } from "../../server/analysis/compute-history.js";
import type { Dataset } from "../../server/analysis/types.js";
import { fixture, run } from "./cli-harness.js";

const tiny = fixture("tiny.json");
const dataset = JSON.parse(readFileSync(tiny, "utf8")) as Dataset;

describe("roundtrip history", () => {
  it("prints the SPEC §7 JSON the engine computes, quarter by default", async () => {
    const { code, stdout } = await run(["history", tiny, "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(computeHistory(dataset))));
    expect(JSON.parse(stdout).step).toBe("quarter");
  });

  it("takes --step, --entity and inclusion flags", async () => {
    const { stdout } = await run([
      "history",
      tiny,
      "--json",
      "--step",
      "year",
      "--entity",
      "nvidia",
      "--types",
      "equity",
    ]);
    const expected = computeHistory(dataset, {
      step: "year",
      entity: "nvidia",
      types: ["equity"],
    });
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(expected.points.every((p) => p.announced.roundTripShare !== undefined)).toBe(true);
  });

  it("prints a table with both views for people", async () => {
    const { code, stdout } = await run(["history", tiny, "--entity", "nvidia"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^as of\s+gross announced\s+gross committed/m);
    expect(stdout).toMatch(/nvidia round-trip committed$/m);
    const last = computeHistory(dataset).points.at(-1)!;
    expect(stdout).toContain(last.asOf);
  });

  it("rejects a bad step or an unknown entity with exit 2, naming the option and value", async () => {
    const step = await run(["history", tiny, "--step", "week"]);
    expect(step.code).toBe(2);
    expect(step.stderr).toContain("--step");
    expect(step.stderr).toContain("week");
    const entity = await run(["history", tiny, "--entity", "nope"]);
    expect(entity.code).toBe(2);
    expect(entity.stderr).toContain("--entity");
    expect(entity.stderr).toContain('"nope"');
    expect((await run(["history", tiny, "--view", "committed"])).code).toBe(2);
  });
});
