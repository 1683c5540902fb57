import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildFinancingGraph } from "../../server/analysis/build-financing-graph.js";
import { computeExposure } from "../../server/analysis/compute-exposure.js";
import { computeCounterpartyExposure } from "../../server/analysis/counterparty-exposure.js";
import { computeFlowMatrix } from "../../server/analysis/flow-matrix.js";
import { rankCentrality } from "../../server/analysis/rank-centrality.js";
import type { Dataset } from "../../server/analysis/types.js";
import { formatShare } from "../../shared/format/format-share.js";
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

  it("gives each entity's counterparty exposure rows, with ratios when financials exist", async () => {
    const all = JSON.parse((await run(["exposure", tiny, "--json"])).stdout);
    const dataset = JSON.parse(readFileSync(tiny, "utf8")) as Dataset;
    const expected = computeCounterpartyExposure(buildFinancingGraph(dataset));
    expect(all.counterpartyExposure).toEqual(JSON.parse(JSON.stringify(expected)));
    // nvidia: openai $100B (equity), oracle $40B (chips), coreweave $0.683B + $7.5B + $6.3B contingent.
    const nvidia = all.counterpartyExposure.find((row: { id: string }) => row.id === "nvidia");
    expect(nvidia.exposureTo.map((r: { counterparty: string }) => r.counterparty)).toEqual([
      "openai",
      "oracle",
      "coreweave",
    ]);
    expect(nvidia.revenueRatio).toBeNull();
    const one = await run(["exposure", tiny, "--entity", "nvidia"]);
    const lines = one.stdout.trimEnd().split("\n");
    expect(lines).toContain(
      "nvidia stands to lose $154.5B if its counterparties cannot pay ($6.3B of it contingent guarantees)",
    );
    expect(lines.find((line) => line.startsWith("coreweave"))).toMatch(
      /^coreweave\s+\$14\.5B\s+\$6\.3B\s+9\.4%\s+cw-nv, cw-nv-undisclosed, nv-cw \+1 more$/,
    );
    // With book equity and revenue, the ratios appear.
    dataset.entities[0]!.financials = { revenueUsd: 130e9, equityUsd: 79e9 };
    const dir = mkdtempSync(join(tmpdir(), "roundtrip-exposure-"));
    writeFileSync(join(dir, "with-financials.json"), JSON.stringify(dataset));
    const rich = await run(["exposure", join(dir, "with-financials.json"), "--entity", "nvidia"]);
    expect(rich.stdout).toContain("; 118.8% of its revenue; 195.5% of its book equity");
    expect(rich.stdout).toMatch(/openai\s+\$100\.0B\s+64\.7%\s+76\.9%\s+126\.6%\s+nv-oa/);
  });

  it("adds PageRank and betweenness with ranks with --centrality, as the engine ranks them", async () => {
    const dataset = JSON.parse(readFileSync(tiny, "utf8")) as Dataset;
    const { entities } = rankCentrality(computeFlowMatrix(buildFinancingGraph(dataset)));
    const nvidia = entities.find((row) => row.id === "nvidia")!;
    const json = await run(["exposure", tiny, "--json", "--entity", "nvidia", "--centrality"]);
    expect(JSON.parse(json.stdout).centrality).toEqual({
      entities: [nvidia],
      rankedAmong: 5,
      betweennessNotComputed: null,
    });
    // Asked for only: the SPEC §5 answer stays as it was without the flag.
    const plain = await run(["exposure", tiny, "--json", "--entity", "nvidia"]);
    expect(JSON.parse(plain.stdout)).not.toHaveProperty("centrality");
    const human = await run(["exposure", tiny, "--entity", "nvidia", "--centrality"]);
    const lines = human.stdout.trimEnd().split("\n");
    expect(lines.at(-3)).toMatch(/^entity\s+PageRank\s+rank\s+betweenness\s+rank$/);
    expect(lines.at(-1)!.split(/\s+/)).toEqual([
      "nvidia",
      formatShare(nvidia.pageRank),
      `#${nvidia.pageRankRank}`,
      "of",
      "5",
      formatShare(nvidia.betweenness!),
      `#${nvidia.betweennessRank}`,
      "of",
      "5",
    ]);
  });

  it("rejects invalid input with exit 1", async () => {
    const { code, stderr } = await run(["exposure", fixture("invalid.json")]);
    expect(code).toBe(1);
    expect(stderr).toContain('deals[1].to: unknown entity "oracel"');
  });
});
