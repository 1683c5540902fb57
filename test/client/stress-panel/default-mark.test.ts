import type { ScenarioResult } from "@engine";
import { describe, expect, it } from "vitest";
import {
  defaultMark,
  labelledDefaults,
  scenarioNote,
} from "../../../client/stress-panel/default-mark.js";
import type { ScenarioLosses } from "../../../client/stress-panel/scenario-losses.js";

/** Losses by hand: id → [capital, relative loss, default round or null]. */
function losses(rows: Record<string, [number, number, number | null]>): ScenarioLosses {
  const entries = Object.entries(rows);
  return {
    result: {
      entities: entries.map(([id, [capitalUsd]]) => ({ id, capitalUsd })),
    } as unknown as ScenarioResult,
    relativeLoss: new Map(entries.map(([id, [, loss]]) => [id, loss])),
    defaultRound: new Map(
      entries.filter(([, [, , round]]) => round !== null).map(([id, [, , r]]) => [id, r!]),
    ),
  };
}

describe("defaultMark", () => {
  it("says the round in full, or as ✕k where labels must be short", () => {
    expect(defaultMark(0, false)).toBe("✕ shocked");
    expect(defaultMark(3, false)).toBe("✕ round 3");
    expect(defaultMark(0, true)).toBe("✕0");
    expect(defaultMark(3, true)).toBe("✕3");
  });
});

describe("labelledDefaults", () => {
  const scenario = losses({
    shocked: [1e9, 1, 0],
    big: [50e9, 1, 2],
    mid: [20e9, 1, 1],
    small: [5e9, 1, 3],
    tiny: [1e9, 1, 1],
    hurt: [90e9, 0.4, null],
  });

  it("keeps every shocked entity and the defaults that lost the most money, up to the limit", () => {
    expect(labelledDefaults(scenario, 2)).toEqual(new Set(["shocked", "big", "mid"]));
    expect(labelledDefaults(scenario, 0)).toEqual(new Set(["shocked"]));
  });

  it("never labels an entity that did not default, however large its loss", () => {
    expect(labelledDefaults(scenario, 10)).toEqual(
      new Set(["shocked", "big", "mid", "small", "tiny"]),
    );
  });

  it("breaks ties by id, so the same scenario labels the same entities", () => {
    const tied = losses({ z: [1e9, 1, 1], y: [1e9, 1, 1], x: [1e9, 1, 1] });
    expect(labelledDefaults(tied, 2)).toEqual(new Set(["x", "y"]));
  });
});

describe("scenarioNote", () => {
  it("puts into words what the scenario did to an entity", () => {
    const scenario = losses({
      s: [1e9, 1, 0],
      d: [1e9, 1, 2],
      h: [1e9, 0.25, null],
      n: [1e9, 0, null],
    });
    expect(scenarioNote(scenario, "s")).toBe("shocked: cannot pay");
    expect(scenarioNote(scenario, "d")).toBe("defaulted in round 2");
    expect(scenarioNote(scenario, "h")).toBe("lost 25.0% of its capital");
    expect(scenarioNote(scenario, "n")).toBeNull();
  });
});
