import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
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
