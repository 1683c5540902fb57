import { describe, expect, it } from "vitest";
import { fixture, run } from "./cli-harness.js";

const tiny = fixture("tiny.json");

describe("roundtrip summary", () => {
  it("prints the system figures as JSON", async () => {
    const { code, stdout } = await run(["summary", tiny, "--json"]);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    // Included: nv-oa 100B, oa-or 300B, or-nv 40B, cw-nv 7.5B, nv-cw-eq 0.683B, cw-nv-undisclosed 0.
    expect(summary.grossUsd).toBeCloseTo(448.183e9, -3);
    expect(summary.entityCount).toBe(5);
    expect(summary.cycleCount).toBe(2);
    expect(summary.cyclesTruncated).toBe(false);
    expect(summary.largestComponentSize).toBe(4);
  });

  it("honours cycle bounds and inclusion flags", async () => {
    const bounded = JSON.parse(
      (await run(["summary", tiny, "--json", "--max-length", "2"])).stdout,
    );
    expect(bounded.cycleCount).toBe(1);
    const equity = JSON.parse((await run(["summary", tiny, "--json", "--types", "equity"])).stdout);
    expect(equity.cycleCount).toBe(0);
    expect((await run(["summary", tiny, "--basis", "nope"])).code).toBe(2);
  });

  it("prints both views side by side for people, a column each", async () => {
    const { code, stdout } = await run(["summary", tiny]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^figure\s+announced\s+committed$/m);
    const json = JSON.parse((await run(["summary", tiny, "--json"])).stdout);
    const committedGross = json.committed.grossUsd;
    expect(stdout).toMatch(/^gross flow\s+\$448\.2B\s+\S+$/m);
    expect(stdout).toMatch(new RegExp(`^cycles\\s+2\\s+${json.committed.cycleCount}$`, "m"));
    expect(committedGross).toBeLessThan(json.announced.grossUsd);
  });

  it("keeps the selected view's contract in --json and adds both views' blocks", async () => {
    const announced = JSON.parse((await run(["summary", tiny, "--json"])).stdout);
    const committed = JSON.parse(
      (await run(["summary", tiny, "--json", "--view", "committed"])).stdout,
    );
    expect(announced.grossUsd).toBe(announced.announced.grossUsd);
    expect(committed.grossUsd).toBe(committed.committed.grossUsd);
    expect(committed.announced).toEqual(announced.announced);
    expect(committed.committed).toEqual(announced.committed);
    const bad = await run(["summary", tiny, "--view", "firm"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--view");
    expect(bad.stderr).toContain("firm");
  });
});
