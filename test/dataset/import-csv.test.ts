import { describe, expect, it } from "vitest";
import { guessDelimiter, importCsv, slugify } from "../../server/dataset/import-csv.js";
import { MalformedDocumentError } from "../../server/dataset/import-error.js";
import { invalidDatasetProblems } from "../fixtures/invalid-dataset-problems.js";

const DEALS = [
  "from,to,type,amountUsd,amountBasis,date,status,source_url",
  "Nvidia,OpenAI,equity,100000000000,headline,2025-09-22,announced,https://a.example",
  "OpenAI,Oracle,compute_contract,,committed,2025-09,signed,https://b.example",
  'Oracle,Nvidia,chip_purchase,"$40,000,000,000",committed,2025,closed,https://c.example',
].join("\n");

describe("importCsv", () => {
  it("makes entities from the names (id = slug, kind other) and ids for the deals", () => {
    const { dataset, warnings } = importCsv(DEALS);
    expect(dataset.entities).toEqual([
      { id: "nvidia", name: "Nvidia", kind: "other" },
      { id: "openai", name: "OpenAI", kind: "other" },
      { id: "oracle", name: "Oracle", kind: "other" },
    ]);
    expect(dataset.deals.map((d) => [d.id, d.from, d.to, d.amountUsd])).toEqual([
      ["nvidia-openai-equity-2025-09-22", "nvidia", "openai", 100_000_000_000],
      ["openai-oracle-compute-contract-2025-09", "openai", "oracle", null],
      ["oracle-nvidia-chip-purchase-2025", "oracle", "nvidia", 40_000_000_000],
    ]);
    expect(dataset.deals[0]!.sources).toEqual([{ url: "https://a.example" }]);
    expect(warnings).toContainEqual({
      path: 'row 3, column "amountUsd"',
      message: "undisclosed amount: counted as 0 in flow analysis",
    });
  });

  it("accepts Gephi and other header spellings in any case", () => {
    const csv = [
      "Source,Target,Type,Deal Type,Amount_USD,BASIS,Date,Status,URL",
      "A,B,Directed,Equity,5,committed,2024,Closed,https://x.example",
    ].join("\r\n");
    const { dataset } = importCsv(csv);
    expect(dataset.deals[0]).toMatchObject({
      from: "a",
      to: "b",
      type: "equity",
      amountUsd: 5,
      amountBasis: "committed",
      status: "closed",
    });
  });

  it("uses an entities table when given, matching deals by id or by name", () => {
    const entities = "id,name,kind,ticker\nnv,Nvidia,chipmaker,NVDA\noa,OpenAI,ai_lab,\n";
    const deals =
      "from,to,type,amountUsd,date,status,amountBasis\nnv,OpenAI,equity,1,2025,signed,headline\n";
    const { dataset } = importCsv(deals, { entitiesCsv: entities });
    expect(dataset.entities).toEqual([
      { id: "nv", name: "Nvidia", kind: "chipmaker", ticker: "NVDA" },
      { id: "oa", name: "OpenAI", kind: "ai_lab" },
    ]);
    expect(dataset.deals[0]).toMatchObject({ from: "nv", to: "oa" });
  });

  it("reports every problem at once, located by spreadsheet row and the user's column name", () => {
    const entities = "Id,Label,kind\nnv,Nvidia,chipmaker\noa,OpenAI,robot\n";
    const deals = [
      "Source,Target,dealType,amountUsd,date,status,amountBasis",
      "nv,oa,equity,-5,2025,signed,headline",
      "nv,nowhere,gift,12,2025-13,signed,headline",
      "nv,oa,loan,lots,2025,signed,headline",
    ].join("\n");
    const problems = invalidDatasetProblems(() => importCsv(deals, { entitiesCsv: entities }));
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          path: 'entities row 3, column "kind"',
          message: expect.stringContaining('unknown value "robot"'),
        },
        { path: 'row 2, column "amountUsd"', message: expect.stringContaining("≥ 0") },
        { path: 'row 3, column "Target"', message: 'unknown entity "nowhere"' },
        {
          path: 'row 3, column "dealType"',
          message: expect.stringContaining('unknown value "gift"'),
        },
        { path: 'row 3, column "date"', message: expect.stringContaining("YYYY") },
        { path: 'row 4, column "amountUsd"', message: expect.stringContaining('"lots"') },
      ]),
    );
    expect(problems).toHaveLength(6);
  });

  it("says where the first of two rows with the same id is", () => {
    const csv =
      "id,from,to,type,amountUsd,date,status,amountBasis\nd,a,b,loan,1,2025,signed,headline\nd,a,b,loan,1,2025,signed,headline\n";
    expect(invalidDatasetProblems(() => importCsv(csv))).toEqual([
      { path: 'row 3, column "id"', message: 'duplicate deal id "d" (first at row 2)' },
    ]);
  });

  it("numbers many rows with the same from, to, type and date in linear time", () => {
    let csv = "from,to,type,amountUsd,date,status,amountBasis\n";
    for (let i = 0; i < 30_000; i++) csv += "A,B,loan,1,2025,signed,headline\n";
    const ids = importCsv(csv).dataset.deals.map((d) => d.id);
    expect(new Set(ids).size).toBe(30_000);
    expect(ids.slice(0, 3)).toEqual(["a-b-loan-2025", "a-b-loan-2025-2", "a-b-loan-2025-3"]);
  });

  it("counts rows as a spreadsheet does, through multi-line cells", () => {
    const deals =
      'from,to,type,amountUsd,date,status,amountBasis,description\na,b,equity,1,2025,signed,headline,"two\nlines"\na,b,equity,1,bad,signed,headline,x\n';
    expect(invalidDatasetProblems(() => importCsv(deals))).toEqual([
      { path: 'row 3, column "date"', message: expect.stringContaining("YYYY") },
    ]);
  });

  it("names every missing required column", () => {
    expect(invalidDatasetProblems(() => importCsv("from,amountUsd\na,1\n"))).toEqual([
      { path: "row 1", message: expect.stringContaining('missing column "to"') },
      { path: "row 1", message: expect.stringContaining('missing column "type"') },
      { path: "row 1", message: expect.stringContaining('missing column "date"') },
    ]);
  });

  it("assumes headline basis and announced status when missing, with a warning", () => {
    const { dataset, warnings } = importCsv("from,to,type,amountUsd,date\na,b,loan,3,2025\n");
    expect(dataset.deals[0]).toMatchObject({ amountBasis: "headline", status: "announced" });
    expect(warnings.map((w) => w.path)).toEqual(
      expect.arrayContaining(['row 2, column "amountBasis"', 'row 2, column "status"']),
    );
  });

  it("rejects unbalanced quotes as a malformed document", () => {
    expect(() => importCsv('from,to,type,date\n"a,b,equity,2025\n')).toThrow(
      MalformedDocumentError,
    );
  });

  const problemsOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof MalformedDocumentError) return error.problems;
      throw error;
    }
    throw new Error("expected MalformedDocumentError");
  };

  it("locates an unterminated quote by row, line and column and still checks the rows before it", () => {
    const csv = [
      "from,to,type,amountUsd,amountBasis,date,status",
      "a,b,loan,1,headline,2025,signed",
      "a,,loan,1,headline,2025,signed",
      "c,d,bogus,1,headline,2025,signed",
      'e,"f,loan,1,headline,2025,signed',
      "g,h,loan,1,headline,2025,signed",
    ].join("\n");
    const problems = problemsOf(() => importCsv(csv));
    expect(problems[0]).toEqual({
      path: "row 5, line 5, column 3",
      message:
        "the quote opened here is never closed; the rest of the file (2 lines) cannot be read",
    });
    const paths = problems.slice(1).map((p) => p.path);
    expect(paths).toContain('row 3, column "to"');
    expect(paths).toContain('row 4, column "type"');
    // Nothing after the quote is read: row 6 is part of the broken cell.
    expect(paths.some((p) => p.startsWith("row 5,") || p.startsWith("row 6"))).toBe(false);
  });

  it("counts lines, not rows, when a quoted cell spans lines before the broken quote", () => {
    const csv =
      'from,to,type,date,description\na,b,loan,2025,"two\nlines"\nc,d,loan,2025,x"y\n"e,f\n';
    const problems = problemsOf(() => importCsv(csv));
    expect(problems.map((p) => p.path)).toEqual(["row 4, line 5, column 1"]);
  });

  it("names a closing quote followed by text, and reports only the quote when the header is broken", () => {
    const trailing = problemsOf(() =>
      importCsv('from,to,type,date\na,b,loan,2025\n"c"x,d,loan,2025\n'),
    );
    expect(trailing).toHaveLength(1);
    expect(trailing[0]!.path).toBe("row 3, line 3, column 1");
    expect(trailing[0]!.message).toMatch(/text after its closing quote/);
    const header = problemsOf(() => importCsv('from,"to,type,date\na,b,loan,2025\n'));
    expect(header).toEqual([
      {
        path: "row 1, line 1, column 6",
        message:
          "the quote opened here is never closed; the rest of the file (2 lines) cannot be read",
      },
    ]);
  });

  it("reads a moreSources cell that is not a JSON array as a located error", () => {
    const csv =
      "from,to,type,amountUsd,date,status,amountBasis,moreSources\na,b,loan,1,2025,signed,headline,nope\n";
    expect(invalidDatasetProblems(() => importCsv(csv))).toEqual([
      { path: 'row 2, column "moreSources"', message: "expected a JSON array of sources" },
    ]);
  });

  it("keeps __proto__ and constructor as ordinary names and ids", () => {
    const csv =
      "from,to,type,amountUsd,date,status,amountBasis\n__proto__,constructor,loan,1,2025,signed,headline\n";
    const { dataset } = importCsv(csv);
    expect(dataset.entities.map((e) => e.id)).toEqual(["proto", "constructor"]);
    expect(({} as Record<string, unknown>).previous).toBeUndefined();
  });
});

describe("guessDelimiter", () => {
  it("reads the delimiter from the header, not from the data", () => {
    expect(guessDelimiter("from,to,type\na\tb;c,d,e\t\t\t\n")).toBe(",");
    expect(guessDelimiter("from;to;type;amount\n")).toBe(";");
    expect(guessDelimiter("from\tto\ttype\n")).toBe("\t");
    const semicolons = "from;to;type;amountUsd;date\nA;B;loan;5;2025\n";
    expect(importCsv(semicolons).dataset.deals[0]).toMatchObject({
      from: "a",
      to: "b",
      amountUsd: 5,
    });
  });
});

describe("slugify", () => {
  it("lower-cases ASCII words joined by dashes, and keeps names without any", () => {
    expect(slugify("Nvidia Corp.")).toBe("nvidia-corp");
    expect(slugify("Crème Brûlée, Inc")).toBe("creme-brulee-inc");
    expect(slugify("甲骨文")).toBe("甲骨文");
  });
});
