import request from "supertest";
import { describe, expect, it } from "vitest";
import {
  InvalidDatasetError,
  InvalidOptionError,
  UnknownEntityError,
} from "../../server/analysis/errors.js";
import { mapError } from "../../server/api/error-handler.js";
import {
  AnalysisCancelledError,
  AnalysisCrashedError,
  AnalysisTimeoutError,
  EmptyBodyError,
  QueryParameterError,
  RateLimitedError,
  RouteNotFoundError,
  ServerBusyError,
} from "../../server/api/http-errors.js";
import {
  MalformedDocumentError,
  UnsupportedFormatError,
} from "../../server/dataset/import-error.js";
import { loopDataset, testApp } from "./api-fixtures.js";

const app = testApp();

/** Every error answer has exactly this shape, and never a stack trace. */
function expectErrorShape(body: unknown, code: string) {
  const { error } = body as { error: Record<string, unknown> };
  expect(Object.keys(body as object)).toEqual(["error"]);
  expect(Object.keys(error).sort()).toEqual(["code", "details", "message"]);
  expect(error.code).toBe(code);
  expect(typeof error.message).toBe("string");
  expect(JSON.stringify(body)).not.toMatch(/\bat .+\.(ts|js):\d+/);
}

describe("mapError", () => {
  it("maps each error class to one status and code", () => {
    const cases: [unknown, number, string][] = [
      [new QueryParameterError([{ path: "x", message: "bad" }]), 400, "invalid_parameter"],
      [new InvalidOptionError("f: bad"), 400, "invalid_option"],
      [new MalformedDocumentError("f", []), 400, "malformed_body"],
      [new EmptyBodyError("f"), 400, "empty_body"],
      [new UnsupportedFormatError("f"), 415, "unsupported_media_type"],
      [new InvalidDatasetError([{ path: "deals[0].to", message: "x" }]), 422, "invalid_dataset"],
      [new UnknownEntityError("f", "x"), 404, "unknown_entity"],
      [new RouteNotFoundError("x"), 404, "not_found"],
      [new RateLimitedError("x"), 429, "rate_limited"],
      [new AnalysisTimeoutError("x"), 503, "analysis_timeout"],
      [new ServerBusyError("x"), 503, "server_busy"],
      [new AnalysisCrashedError("x", new Error("worker internals")), 500, "analysis_crashed"],
      [new AnalysisCancelledError("x"), 499, "cancelled"],
      [
        Object.assign(new Error("big"), { status: 413, type: "entity.too.large" }),
        413,
        "payload_too_large",
      ],
      [new TypeError("secret internals"), 500, "internal_error"],
    ];
    for (const [error, status, code] of cases)
      expect(mapError(error)).toMatchObject({ status, code });
    expect(mapError(new TypeError("secret internals")).message).toBe("internal server error");
  });
});

describe("bad input over HTTP", () => {
  it("400 names each bad query parameter", async () => {
    const response = await request(app).get(
      "/api/cycles?types=equity,bribe&asOf=2025-13&maxLength=1&oops=1",
    );
    expect(response.status).toBe(400);
    expectErrorShape(response.body, "invalid_parameter");
    expect(response.body.error.details).toEqual(
      expect.arrayContaining([
        { path: "types", message: expect.stringContaining('unknown deal type "bribe"') },
        { path: "asOf", message: expect.stringContaining("YYYY") },
        { path: "maxLength", message: expect.stringContaining("at least 2") },
        { path: "oops", message: expect.stringContaining("unknown parameter") },
      ]),
    );
  });

  it("400 for booleans, numbers and dates that are not", async () => {
    for (const query of [
      "backstopsCalled=maybe",
      "minAmountUsd=-1",
      "minAmountUsd=abc",
      "from=yesterday",
      "maxCycles=1.5",
    ]) {
      const response = await request(app).get(`/api/summary?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.details[0].path).toBe(query.split("=")[0]);
    }
  });

  it("400 for a malformed JSON body, located", async () => {
    const response = await request(app)
      .post("/api/analyze")
      .set("content-type", "application/json")
      .send('{"entities": [');
    expect(response.status).toBe(400);
    expectErrorShape(response.body, "malformed_body");
  });

  it("400 for XML that is not well-formed, and for an empty body", async () => {
    const xml = await request(app)
      .post("/api/analyze")
      .set("content-type", "application/xml")
      .send("<gexf><graph></gexf>");
    expect(xml.status).toBe(400);
    expectErrorShape(xml.body, "malformed_body");
    const empty = await request(app).post("/api/analyze").set("content-type", "application/json");
    expect(empty.status).toBe(400);
    expectErrorShape(empty.body, "empty_body");
  });

  it("415 for a content type we do not read", async () => {
    for (const type of [
      "image/png",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "constructor",
    ]) {
      const response = await request(app)
        .post("/api/analyze")
        .set("content-type", type)
        .send("a=b");
      expect(response.status, type).toBe(415);
      expectErrorShape(response.body, "unsupported_media_type");
    }
  });

  it("413 for a body over 5 MB", async () => {
    const response = await request(app)
      .post("/api/analyze")
      .set("content-type", "text/csv")
      .send("x".repeat(5 * 1024 * 1024 + 10));
    expect(response.status).toBe(413);
    expectErrorShape(response.body, "payload_too_large");
  });

  it("422 with every located problem for an invalid dataset, JSON and CSV alike", async () => {
    const dataset = loopDataset() as unknown as { deals: Record<string, unknown>[] };
    dataset.deals[3]!.amountUsd = -1;
    dataset.deals[1]!.to = "nowhere";
    const json = await request(app)
      .post("/api/analyze")
      .set("content-type", "application/json")
      .send(JSON.stringify(dataset));
    expect(json.status).toBe(422);
    expectErrorShape(json.body, "invalid_dataset");
    expect(json.body.error.details).toEqual([
      { path: "deals[1].to", message: 'unknown entity "nowhere"' },
      { path: "deals[3].amountUsd", message: "expected an amount ≥ 0, received -1" },
    ]);
    const csv = "from,to,type,amountUsd,date\nA,B,loan,5,2025\nA,B,gift,5,2025-02-30x\n";
    const fromCsv = await request(app)
      .post("/api/analyze")
      .set("content-type", "text/csv")
      .send(csv);
    expect(fromCsv.status).toBe(422);
    expect(fromCsv.body.error.details.map((p: { path: string }) => p.path)).toEqual([
      'row 3, column "date"',
      'row 3, column "type"',
    ]);
  });

  it("404 in the error shape for an unknown route, API or not", async () => {
    for (const path of ["/api/nope", "/api/health/extra", "/nope.html"]) {
      const response = await request(app).get(path);
      expect(response.status, path).toBe(404);
      expectErrorShape(response.body, "not_found");
    }
    const wrongMethod = await request(app).delete("/api/dataset");
    expect(wrongMethod.status).toBe(404);
  });

  it("429 once a client exceeds the POST rate limit, GETs unaffected", async () => {
    const limited = testApp(loopDataset(), { postRequestsPerMinute: 2 });
    const post = () =>
      request(limited)
        .post("/api/export?format=json")
        .set("content-type", "application/json")
        .send(JSON.stringify(loopDataset()));
    expect((await post()).status).toBe(200);
    expect((await post()).status).toBe(200);
    const third = await post();
    expect(third.status).toBe(429);
    expectErrorShape(third.body, "rate_limited");
    expect((await request(limited).get("/api/health")).status).toBe(200);
  });
});
