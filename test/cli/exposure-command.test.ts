import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildFinancingGraph } from "../../server/analysis/build-financing-graph.js";
import { computeExposure } from "../../server/analysis/compute-exposure.js";
import { computeFlowMatrix } from "../../server/analysis/flow-matrix.js";
import type { Dataset } from "../../server/analysis/types.js";
import { fixture, run } from "./cli-harness.js";

const tiny = fixture("tiny.json");

describe("roundtrip exposure", () => {
  it("prints one SPEC §5 row per entity in id order, including entities without deals", async () => {
    const { code, stdout } = await run(["exposure", tiny, "--json"]);
    expect(code).toBe(0);
    const { entities } = JSON.parse(stdout);
    expect(entities.map((row: { id: string }) => row.id)).toEqual([
      "coreweave",
      "idle",
      "nvidia",
      "openai",
      "oracle",
    ]);
    for (const row of entities) {
      for (const field of [
        "outflowUsd",
        "inflowUsd",
        "roundTripShare",
        "roundTripUsd",
        "maxRoundTripUsd",
      ]) {
        expect(typeof row[field]).toBe("number");
      }
      expect(Array.isArray(row.bottleneckDeals)).toBe(true);
    }
    expect(entities[1]).toMatchObject({
      id: "idle",
      outflowUsd: 0,
      inflowUsd: 0,
      roundTripShare: 0,
      roundTripUsd: 0,
      maxRoundTripUsd: 0,
      bottleneckDeals: [],
    });
    // Oracle pays nvidia $40B; all of it comes back through openai.
    expect(entities[4]).toMatchObject({ id: "oracle", outflowUsd: 40e9, maxRoundTripUsd: 40e9 });
    const dataset = JSON.parse(readFileSync(tiny, "utf8")) as Dataset;
    const expected = computeExposure(computeFlowMatrix(buildFinancingGraph(dataset)));
    expect(entities).toEqual(JSON.parse(JSON.stringify(expected.entities)));
  });

  it("narrows to one entity with --entity, and rejects an unknown one with exit 2", async () => {
    const one = await run(["exposure", tiny, "--json", "--entity", "nvidia"]);
    expect(JSON.parse(one.stdout).entities.map((row: { id: string }) => row.id)).toEqual([
      "nvidia",
    ]);
    const unknown = await run(["exposure", tiny, "--entity", "nvidai"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe("");
    expect(unknown.stderr).toContain('"nvidai"');
  });

  it("prints an aligned table for people", async () => {
    const { code, stdout } = await run(["exposure", tiny]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^entity\s+outflow\s+inflow\s+round-trip\s+round-trip \$/);
    expect(lines.find((line) => line.startsWith("oracle"))).toMatch(
      /^oracle\s+\$40\.0B\s+\$300\.0B\s+100\.0%\s+\$40\.0B\s+\$40\.0B\s+or-nv$/,
    );
    expect(lines).toHaveLength(7);
  });

  it("rejects invalid input with exit 1", async () => {
    const { code, stderr } = await run(["exposure", fixture("invalid.json")]);
    expect(code).toBe(1);
    expect(stderr).toContain('deals[1].to: unknown entity "oracel"');
  });
});
