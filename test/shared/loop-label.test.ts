import { describe, expect, it } from "vitest";
import { loopLabel } from "../../shared/loop-label.js";

describe("loopLabel", () => {
  it("names the loop's entities in order and returns to the first", () => {
    expect(loopLabel(["openai", "oracle", "nvidia"])).toBe("openai → oracle → nvidia → openai");
    const names: Record<string, string> = { a: "OpenAI", b: "Oracle" };
    expect(loopLabel(["a", "b"], (id) => names[id]!)).toBe("OpenAI → Oracle → OpenAI");
  });

  it("gives a self-loop as the entity twice and an empty loop as no text", () => {
    expect(loopLabel(["a"])).toBe("a → a");
    expect(loopLabel([])).toBe("");
  });
});
