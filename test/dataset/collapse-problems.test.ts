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
  it("is read without overflowing the stack and collapses to a few lines", () => {
    // The original 200,000–350,000 rows overflowed `warnings.push(...rows)`; the same code path
    // on 30,000 rows: every warning is kept by the reader, the server lists a count and examples.
    const csv = ["from,to,type,amountUsd,amountBasis,date,status,sourceUrl"];
    for (let k = 0; k < 30_000; k++) {
      csv.push(`Nvidia,OpenAI,equity,${k + 1},committed,2025,,https://a.example/${k}`);
    }
    const { warnings } = importCsv(csv.join("\n"));
    expect(warnings).toHaveLength(30_000);
    const listed = collapseProblems(warnings);
    expect(listed).toHaveLength(6);
    expect(listed[5]).toEqual({
      path: "",
      message: '29,995 more like "no status: assumed announced" (not listed)',
    });
  });
});
