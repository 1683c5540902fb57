import { describe, expect, it } from "vitest";
import { collapseProblems } from "../../server/dataset/collapse-problems.js";
import { importCsv } from "../../server/dataset/import-csv.js";

describe("collapseProblems", () => {
  it("keeps the first examples of each kind in order and counts the rest in one line", () => {
    const problems = [
      ...Array.from({ length: 8 }, (_, k) => ({ path: `deals[${k}]`, message: "no status" })),
      { path: "deals[9].to", message: 'unknown entity "a"' },
      { path: "deals[10].to", message: 'unknown entity "b"' },
    ];
    expect(collapseProblems(problems, 3, 100)).toEqual([
      { path: "deals[0]", message: "no status" },
      { path: "deals[1]", message: "no status" },
      { path: "deals[2]", message: "no status" },
      { path: "deals[9].to", message: 'unknown entity "a"' },
      { path: "deals[10].to", message: 'unknown entity "b"' },
      { path: "", message: '5 more like "no status" (not listed)' },
    ]);
  });

  it("lists at most maxProblems and counts the others", () => {
    const problems = Array.from({ length: 30 }, (_, k) => ({
      path: "",
      message: `kind ${"x".repeat(k)}`,
    }));
    const listed = collapseProblems(problems, 5, 10);
    expect(listed).toHaveLength(11);
    expect(listed[10]).toEqual({ path: "", message: "20 more problems (not listed)" });
  });

  it("returns short lists as they are", () => {
    const one = [{ path: "a", message: "b" }];
    expect(collapseProblems(one)).toEqual(one);
  });
});

describe("a CSV repeating one oddity on every row (issue 16, finding 2)", () => {
  it("answers with a few lines of warnings, not one per row, and never overflows the stack", () => {
    // The original 200,000–350,000 rows overflowed `warnings.push(...rows)`; the same code path
    // on 30,000 rows now collapses to the first examples and a count.
    const row = "Nvidia,OpenAI,equity,1000000,,2025,,https://a.example";
    const csv = ["from,to,type,amountUsd,amountBasis,date,status,sourceUrl"];
    for (let k = 0; k < 30_000; k++)
      csv.push(row.replace("2025", `${2000 + (k % 26)}-${String(1 + (k % 12)).padStart(2, "0")}`));
    let warnings: { path: string; message: string }[] = [];
    try {
      warnings = importCsv(csv.join("\n")).warnings;
    } catch (error) {
      warnings = [...((error as { warnings?: typeof warnings }).warnings ?? [])];
    }
    expect(warnings.length).toBeLessThan(40);
    expect(warnings).toContainEqual({
      path: "",
      message: '29,995 more like "no status: assumed announced" (not listed)',
    });
  });
});
