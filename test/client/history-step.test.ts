import { describe, expect, it } from "vitest";
import { changedKeys, type HistoryBurst, historyStep } from "../../client/history-step.js";

describe("changedKeys", () => {
  it("names the parameters added, removed or changed, repeated ones compared as lists", () => {
    expect(changedKeys("a=1&b=2&cycle=x&cycle=y", "a=1&c=3&cycle=y&cycle=x").sort()).toEqual([
      "b",
      "c",
      "cycle",
    ]);
    expect(changedKeys("a=1", "a=1")).toEqual([]);
  });
});

describe("historyStep", () => {
  it("pushes a selection, a loop, a tab, a filter, the view and a new what-if", () => {
    for (const [from, to] of [
      ["", "entity=oracle"],
      ["entity=oracle", "deal=d1"],
      ["entity=oracle", "entity=oracle&cycle=a&cycle=b"],
      ["", "tab=filters"],
      ["", "types=equity"],
      ["", "view=committed"],
      ["", "shock=openai:1&model=debtrank"],
      ["shock=openai:1&model=debtrank", "shock=openai:1,oracle:1&model=debtrank"],
      ["shock=openai:1&model=debtrank", "shock=openai:1&model=cascade"],
    ]) {
      expect(historyStep(from!, to!, null, 0).mode, `${from} → ${to}`).toBe("push");
    }
  });

  it("pushes a drag's first step and rewrites that entry for the rest of the drag", () => {
    let burst: HistoryBurst | null = null;
    const modes: string[] = [];
    let hash = "entity=oracle";
    for (const [i, day] of ["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01"].entries()) {
      const next = `entity=oracle&asOf=${day}`;
      const step = historyStep(hash, next, burst, i * 100);
      modes.push(step.mode);
      burst = step.burst;
      hash = next;
    }
    expect(modes).toEqual(["push", "replace", "replace", "replace"]);
    // A pause ends the drag: the next move is a new entry.
    expect(historyStep(hash, "entity=oracle&asOf=2024-05-01", burst, 5000).mode).toBe("push");
    // So does dragging another parameter.
    expect(historyStep(hash, `${hash}&minAmountUsd=5`, burst, 350).mode).toBe("push");
  });

  it("treats a shock's size as a drag but another shocked entity as a new step", () => {
    const first = historyStep("", "shock=a:1&model=debtrank", null, 0);
    const size = historyStep("shock=a:1&model=debtrank", "shock=a:0.5&model=debtrank", null, 10);
    expect(size.mode).toBe("push");
    const again = historyStep(
      "shock=a:0.5&model=debtrank",
      "shock=a:0.4&model=debtrank",
      size.burst,
      20,
    );
    expect(again.mode).toBe("replace");
    expect(first.burst).toBeNull();
  });

  it("does not make the theme or an unchanged link a step", () => {
    expect(historyStep("entity=a", "entity=a&theme=light", null, 0).mode).toBe("replace");
    expect(historyStep("entity=a", "entity=a", null, 0).mode).toBe("none");
  });
});
