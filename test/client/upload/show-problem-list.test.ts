import { describe, expect, it } from "vitest";
import { problemsAsText } from "../../../client/upload/show-problem-list.js";

describe("problemsAsText", () => {
  it("copies every problem, located, one a line, under the file's name and count", () => {
    const problems = Array.from({ length: 250 }, (_, i) => ({
      path: `row ${i + 2}, column "to"`,
      message: "expected an entity id",
    }));
    problems.push({ path: "", message: "no deals" });
    const text = problemsAsText({ kind: "error", fileName: "deals.csv", problems });
    const lines = text.split("\n");
    expect(lines[0]).toBe("deals.csv: 251 problems");
    expect(lines).toHaveLength(252);
    expect(lines[1]).toBe('row 2, column "to": expected an entity id');
    expect(lines.at(-1)).toBe("no deals");
  });

  it("counts warnings as warnings", () => {
    const text = problemsAsText({
      kind: "warning",
      fileName: "a.json",
      problems: [{ path: "deals[0].status", message: "assumed announced" }],
    });
    expect(text).toBe("a.json: 1 warning\ndeals[0].status: assumed announced");
  });
});
