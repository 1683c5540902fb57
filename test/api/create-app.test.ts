import { MultiDirectedGraph } from "graphology";
import request from "supertest";
import { describe, expect, it } from "vitest";
import {
  buildFinancingGraph,
  computeFlowMatrix,
  RANK_CENTRALITY_DEFAULTS,
  rankCentrality,
} from "../../server/analysis/index.js";
import { CONTENT_SECURITY_POLICY, createApp } from "../../server/api/create-app.js";
import { parseAnalysisQuery } from "../../server/api/parse-analysis-query.js";
import { loopDataset, overrideRunner, sharedRunner, testApp } from "./api-fixtures.js";

const app = testApp();

describe("GET /api/health", () => {
  it("says ok with the loaded dataset's size and version, and how busy the workers are", async () => {
    const response = await request(app).get("/api/health").expect(200);
    expect(response.body).toEqual({
      status: "ok",
      dataset: { entities: 4, deals: 5, version: "test-1" },
      analysis: { running: 0, queued: 0 },
    });
  });
});

describe("GET /api/dataset", () => {
  it("returns the canonical dataset", async () => {
    const response = await request(app)
      .get("/api/dataset")
      .expect(200)
      .expect("content-type", /json/);
    expect(response.body).toEqual(loopDataset());
  });
});

describe("GET /api/cycles", () => {
  it("finds the loop with its bottleneck and deals, and says which bounds applied", async () => {
    const response = await request(app).get("/api/cycles").expect(200);
    expect(response.body).toEqual({
      cycles: [
        {
          nodes: ["alpha", "beta", "gamma"],
          bottleneckUsd: 6,
          bottleneckHop: 2,
          committedBottleneckUsd: 6,
          deals: [["a-b"], ["b-g"], ["g-a"]],
        },
        {
          nodes: ["alpha", "gamma"],
          bottleneckUsd: 0,
          bottleneckHop: 0,
          committedBottleneckUsd: 0,
          deals: [["a-g-undisclosed"], ["g-a"]],
        },
      ],
      truncated: false,
      truncatedReason: null,
      bounds: { maxLength: 8, maxCycles: 10_000, timeBudgetMs: 5_000 },
    });
  });

  it("applies inclusion options: without loans, one cycle; maxLength=2 keeps the 2-cycle only", async () => {
    const noLoans = await request(app)
      .get("/api/cycles?types=equity,compute_contract,chip_purchase")
      .expect(200);
    expect(noLoans.body.cycles.map((c: { nodes: string[] }) => c.nodes)).toEqual([
      ["alpha", "beta", "gamma"],
    ]);
    const short = await request(app).get("/api/cycles?maxLength=2").expect(200);
    expect(short.body.cycles.map((c: { nodes: string[] }) => c.nodes)).toEqual([
      ["alpha", "gamma"],
    ]);
  });

  it("caps bounds server-side instead of running them", async () => {
    const response = await request(app).get(
      "/api/cycles?maxLength=500&maxCycles=99999999&timeBudgetMs=99999999",
    );
    expect(response.status).toBe(200);
    expect(response.body.bounds).toEqual({
      maxLength: 12,
      maxCycles: 100_000,
      timeBudgetMs: 10_000,
    });
  });
});

describe("GET /api/exposure", () => {
  it("has one row per entity in id order, and counterparty exposure", async () => {
    const response = await request(app).get("/api/exposure").expect(200);
    const rows = response.body.entities as {
      id: string;
      outflowUsd: number;
      roundTripShare: number;
    }[];
    expect(rows.map((r) => r.id)).toEqual(["alpha", "beta", "delta", "gamma"]);
    expect(rows.find((r) => r.id === "alpha")).toMatchObject({ outflowUsd: 10, inflowUsd: 6 });
    expect(rows.find((r) => r.id === "delta")).toMatchObject({ outflowUsd: 0, roundTripShare: 0 });
    const delta = (
      response.body.counterpartyExposure as { id: string; contingentUsd: number }[]
    ).find((r) => r.id === "delta");
    expect(delta?.contingentUsd).toBe(4);
  });

  it("counts the backstop as a flow when backstopsCalled=true", async () => {
    const response = await request(app).get("/api/exposure?backstopsCalled=true").expect(200);
    const delta = (response.body.entities as { id: string; outflowUsd: number }[]).find(
      (r) => r.id === "delta",
    );
    expect(delta?.outflowUsd).toBe(4);
  });
});

describe("GET /api/summary", () => {
  it("gives the system figures", async () => {
    const response = await request(app).get("/api/summary").expect(200);
    expect(response.body).toMatchObject({
      entityCount: 4,
      grossUsd: 24,
      cycleCount: 2,
      cyclesTruncated: false,
    });
    expect(response.body.warnings).toEqual([]);
  });
});

describe("GET /api/graph", () => {
  it("is graphology's serialized form with computed node and edge attributes", async () => {
    const response = await request(app).get("/api/graph").expect(200);
    const graph = MultiDirectedGraph.from(response.body);
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(5);
    expect(graph.getNodeAttributes("alpha")).toMatchObject({
      label: "Alpha",
      kind: "chipmaker",
      outflowUsd: 10,
      inflowUsd: 6,
      onCycle: true,
      cycleCount: 2,
    });
    expect(graph.getNodeAttribute("delta", "onCycle")).toBe(false);
    expect(graph.getEdgeAttributes("d-b-backstop")).toMatchObject({
      type: "backstop",
      included: false,
      onCycle: false,
    });
    expect(graph.getEdgeAttributes("a-b")).toMatchObject({
      amountUsd: 10,
      included: true,
      onCycle: true,
    });
  });
});

describe("GET /api/entities/:id", () => {
  it("gives the entity, its deals, exposure and the cycles through it", async () => {
    const response = await request(app).get("/api/entities/beta").expect(200);
    expect(response.body.entity).toEqual({ id: "beta", name: "Beta", kind: "ai_lab" });
    expect(response.body.dealsOut.map((d: { id: string }) => d.id)).toEqual(["b-g"]);
    expect(response.body.dealsIn.map((d: { id: string }) => d.id)).toEqual(["a-b", "d-b-backstop"]);
    expect(response.body.exposure).toMatchObject({ id: "beta", outflowUsd: 8, inflowUsd: 10 });
    expect(response.body.cycles.map((c: { nodes: string[] }) => c.nodes)).toEqual([
      ["alpha", "beta", "gamma"],
    ]);
  });

  it("gives the entity's PageRank and betweenness with its ranks, as the engine computes them under the options", async () => {
    for (const query of ["", "?view=committed", "?types=equity,compute_contract"]) {
      const response = await request(app).get(`/api/entities/beta${query}`).expect(200);
      const options = Object.fromEntries(new URLSearchParams(query.slice(1)));
      const flow = computeFlowMatrix(
        buildFinancingGraph(loopDataset()),
        parseAnalysisQuery(options).options,
      );
      const { entities } = rankCentrality(flow);
      const { id: _, ...beta } = entities.find((row) => row.id === "beta")!;
      expect(response.body.centrality).toEqual({
        ...beta,
        rankedAmong: 4,
        betweennessNotComputed: null,
      });
    }
    // Hand-checked on the loop alpha → beta → gamma → alpha: beta is the only way from alpha to
    // gamma, and gamma the only way from beta to alpha.
    const gamma = await request(app).get("/api/entities/gamma").expect(200);
    expect(gamma.body.centrality.betweenness).toBeCloseTo(1 / 6, 12);
    expect(gamma.body.centrality.betweennessRank).toBe(1);
  });

  it("above the betweenness bound, still gives PageRank and says why betweenness is null", async () => {
    const n = RANK_CENTRALITY_DEFAULTS.maxBetweennessEntities + 1;
    const big = loopDataset();
    for (let i = big.entities.length; i < n; i++) {
      big.entities.push({ id: `z${i}`, name: `Z ${i}`, kind: "other" });
    }
    const response = await request(testApp(big)).get("/api/entities/beta").expect(200);
    const { entities } = rankCentrality(computeFlowMatrix(buildFinancingGraph(big)));
    const beta = entities.find((row) => row.id === "beta")!;
    expect(response.body.centrality).toEqual({
      pageRank: beta.pageRank,
      pageRankRank: beta.pageRankRank,
      betweenness: null,
      betweennessRank: null,
      rankedAmong: n,
      betweennessNotComputed: `betweenness is computed on networks of up to 2000 entities (Brandes' algorithm takes time entities × deals); this one has ${n}`,
    });
  });

  it("answers 404 with the error shape for an unknown entity", async () => {
    const response = await request(app).get("/api/entities/nobody").expect(404);
    expect(response.body.error).toMatchObject({
      code: "unknown_entity",
      details: { id: "nobody" },
    });
  });
});

describe("GET /api/openapi.json", () => {
  it("is an OpenAPI 3.1 document listing every endpoint", async () => {
    const response = await request(app).get("/api/openapi.json").expect(200);
    expect(response.body.openapi).toBe("3.1.0");
    expect(Object.keys(response.body.paths).sort()).toEqual(
      [
        "/api/analyze",
        "/api/cycles",
        "/api/dataset",
        "/api/datasets",
        "/api/datasets/{id}",
        "/api/entities/{id}",
        "/api/export",
        "/api/exposure",
        "/api/graph",
        "/api/health",
        "/api/history",
        "/api/openapi.json",
        "/api/stress",
        "/api/summary",
      ].sort(),
    );
  });
});

describe("security headers and static files", () => {
  it("sends a strict CSP that allows blob workers and data/blob images", async () => {
    const response = await request(app).get("/api/health");
    const csp = response.headers["content-security-policy"] as string;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(CONTENT_SECURITY_POLICY.styleSrc).toEqual(["'self'"]);
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["x-powered-by"]).toBeUndefined();
  });

  it("compresses large answers when the client accepts gzip", async () => {
    const response = await request(app).get("/api/openapi.json").set("accept-encoding", "gzip");
    expect(response.headers["content-encoding"]).toBe("gzip");
  });

  it("serves a page saying to build the viewer when it is not built", async () => {
    const response = await request(app).get("/").expect(200).expect("content-type", /html/);
    expect(response.text).toContain("npm run build");
  });
});

describe("analysis cache", () => {
  it("runs one analysis per normalized option set, however often and however spelled", async () => {
    const real = sharedRunner();
    const runs: unknown[] = [];
    const runner = overrideRunner(real, {
      run: (dataset, options) => {
        runs.push(options);
        return real.run(dataset, options);
      },
    });
    const cached = createApp({
      dataset: loopDataset(),
      runner,
      clientDir: "test/api/no-client-here",
    });
    const bodies = await Promise.all(
      [
        "/api/cycles?types=loan,equity",
        "/api/cycles?types=equity,loan",
        "/api/cycles?types=equity&types=loan",
      ].map((path) => request(cached).get(path)),
    );
    await request(cached).get("/api/summary?types=equity,loan").expect(200);
    await request(cached).get("/api/graph?types=equity,loan").expect(200);
    // The summary adds the committed view's analysis (its second column), once.
    expect(runs).toHaveLength(2);
    expect(runs[1]).toMatchObject({ view: "committed", types: ["equity", "loan"] });
    await request(cached).get("/api/summary?types=loan,equity&view=committed").expect(200);
    expect(runs).toHaveLength(2);
    expect(new Set(bodies.map((b) => b.text)).size).toBe(1);
    await request(cached).get("/api/cycles?types=equity").expect(200);
    expect(runs).toHaveLength(3);
  });
});
