import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { DEAL_TYPES } from "../../server/analysis/types.js";
import {
  exportNeo4j,
  exportNeo4jDeals,
  exportNeo4jEntities,
  NEO4J_FILES,
} from "../../server/dataset/export-neo4j.js";
import { readDataset } from "../../server/dataset/read-dataset.js";
import { arbitraryHostileDataset } from "../fixtures/arbitrary-hostile-dataset.js";
import { datasetOf } from "../fixtures/build-dataset.js";
import { hostileDataset } from "../fixtures/hostile-dataset.js";

const withoutMeta = ({ entities, deals }: { entities: unknown; deals: unknown }) => ({
  entities,
  deals,
});

describe("exportNeo4j", () => {
  it("writes neo4j-admin import headers for nodes and relationships", () => {
    const entities = exportNeo4jEntities(hostileDataset()).split("\n");
    expect(entities[0]).toBe("id:ID,name,kind,ticker,country,description,financials,:LABEL");
    expect(entities[1]).toBe("nvidia,Nvidia,chipmaker,NVDA,US,,,Entity;Chipmaker");
    const deals = exportNeo4jDeals(hostileDataset()).split("\n");
    expect(deals[0]).toBe(
      ":START_ID,:END_ID,:TYPE,id,dealType,amountUsd:double,amountBasis,date,status,description," +
        "sourceUrl,sourcePublisher,sourceTitle,sourceDate,sourceOriginal,moreSources,confidence,note," +
        "supersedes,condition,derivation",
    );
    expect(exportNeo4jDeals(hostileDataset())).toContain(
      "nvidia,openai,COMPUTE_CONTRACT,nvidia-openai-parallel,compute_contract,,committed,2025-10,signed,",
    );
  });

  it("zips the two tables, a LOAD CSV script covering every deal type, and a README", () => {
    const files = unzipSync(exportNeo4j(hostileDataset()));
    expect(Object.keys(files).sort()).toEqual(
      [NEO4J_FILES.cypher, NEO4J_FILES.deals, NEO4J_FILES.entities, NEO4J_FILES.readme].sort(),
    );
    const cypher = strFromU8(files[NEO4J_FILES.cypher]!);
    expect(cypher).toContain(
      "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;",
    );
    for (const type of DEAL_TYPES)
      expect(cypher).toContain(`CREATE (a)-[r:${type.toUpperCase()}]->(b)`);
    expect(cypher).toContain("r.amountUsd = toFloat(row.`amountUsd:double`)");
    expect(strFromU8(files[NEO4J_FILES.readme]!)).toContain("neo4j-admin database import full");
    expect(exportNeo4j(hostileDataset())).toEqual(exportNeo4j(hostileDataset()));
  });

  it("is formula-safe like the CSV exports, and strips the escape on import (issue 16, finding 5)", () => {
    const starts = ["=", "+", "-", "@", "\t", "\r", "'="];
    const ids = starts.map((start, k) => `${start}cmd|' /C calc'!A${k}`);
    const dataset = datasetOf(
      ids,
      ids.map((from, k) => ({
        from,
        to: ids[(k + 1) % ids.length]!,
        amountUsd: 1e9,
        id: `${starts[k]}deal${k}`,
        description: `${starts[k]}HYPERLINK("http://evil")`,
        sources: [{ url: "https://example.com/x", title: `${starts[k]}1+1` }],
      })),
    );
    dataset.entities = dataset.entities.map((e, k) => ({ ...e, name: `${starts[k]}SUM(A1)` }));
    const cells = [exportNeo4jEntities(dataset), exportNeo4jDeals(dataset)].flatMap((table) =>
      Papa.parse<string[]>(table.trim(), { newline: "\n" }).data.flat(),
    );
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells).toContain("'=cmd|' /C calc'!A0");
    expect(cells).toContain("''=cmd|' /C calc'!A6");
    expect(readDataset(exportNeo4j(dataset)).dataset).toEqual(dataset);
    const cypher = strFromU8(unzipSync(exportNeo4j(dataset))[NEO4J_FILES.cypher]!);
    expect(cypher).toContain(
      String.raw`MERGE (e:Entity {id: CASE WHEN row.${"`id:ID`"} =~ "(?s)'+[-=+@\t\r].*" THEN substring(row.${"`id:ID`"}, 1) ELSE row.${"`id:ID`"} END})`,
    );
  });

  it("imports back to the same entities and deals", () => {
    const back = readDataset(exportNeo4j(hostileDataset()));
    expect(withoutMeta(back.dataset)).toEqual(withoutMeta(hostileDataset()));
  });

  it("round-trips random datasets (hostile strings, unicode, null amounts, parallel deals)", () => {
    fc.assert(
      fc.property(arbitraryHostileDataset, (dataset) => {
        expect(readDataset(exportNeo4j(dataset)).dataset).toEqual(dataset);
      }),
      { numRuns: 100 },
    );
  });
});
