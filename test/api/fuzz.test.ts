// A seeded, bounded fuzzer over every endpoint and every import format (issue 16): random query
// strings, ids and formats on the GETs; valid datasets in every format, then cut, spliced with
// hostile fragments (deep nesting, prototype names, control characters, huge numbers) or sent
// under the wrong Content-Type, on the POSTs. Whatever the input: never a 5xx, every /api error
// is the JSON error shape, every answer within its deadline. FUZZ_RUNS and FUZZ_SEED make it a
// long run (`npm run fuzz`).

import fc from "fast-check";
import { strToU8 } from "fflate";
import request from "supertest";
import { afterAll, describe, expect, it } from "vitest";
import { INCLUSION_FIELDS } from "../../server/analysis/inclusion-fields.js";
import type { Dataset } from "../../server/analysis/types.js";
import { createApp } from "../../server/api/create-app.js";
import { createAnalysisRunner } from "../../server/api/run-analysis.js";
import { exportCsv, exportCsvEdges } from "../../server/dataset/export-csv.js";
import { EXPORT_FORMATS } from "../../server/dataset/export-dataset.js";
import { exportGexf } from "../../server/dataset/export-gexf.js";
import { exportGraphml } from "../../server/dataset/export-graphml.js";
import { exportJson } from "../../server/dataset/export-json.js";
import { exportNeo4j } from "../../server/dataset/export-neo4j.js";
import { arbitraryHostileDataset } from "../fixtures/arbitrary-hostile-dataset.js";
import { loopDataset } from "./api-fixtures.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 10);
const SEED = Number(process.env.FUZZ_SEED ?? 16_2026);
/** Per request: the longest hard deadline (10 s budget + 10 s grace) and a second. */
const DEADLINE_MS = 21_000;

const runner = createAnalysisRunner({ concurrency: 1 });
const app = createApp({
  dataset: loopDataset(),
  runner,
  clientDir: "test/api/no-client-here",
  postRequestsPerMinute: 1_000_000,
});
afterAll(() => runner.close());

/** Every input format, as the body and the Content-Type it is sent with. */
const FORMATS: readonly [string, (dataset: Dataset) => string | Uint8Array][] = [
  ["application/json", exportJson],
  ["text/csv", exportCsvEdges],
  ["application/gexf+xml", (d) => exportGexf(d)],
  ["application/graphml+xml", exportGraphml],
  ["application/zip", exportCsv],
  ["application/zip", exportNeo4j],
];

const CONTENT_TYPES = [
  ...new Set(FORMATS.map(([type]) => type)),
  "application/xml",
  "text/plain",
  "application/octet-stream",
  "application/x-www-form-urlencoded",
  "text/csv; charset=utf-16",
  "image/png",
];

const FRAGMENTS = [
  `${"[".repeat(5_000)}${"]".repeat(5_000)}`,
  '"__proto__"',
  '{"__proto__":{"polluted":1}}',
  '"constructor"',
  "\u001b[2J\u0000\r\n",
  "1e309",
  "-0",
  '<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>',
  "<x>".repeat(2_000),
  '=HYPERLINK("http://x")',
  '"""',
  "\uFEFF",
  "\uD800",
];

const toBytes = (body: string | Uint8Array) => (typeof body === "string" ? strToU8(body) : body);

/** A body: a valid dataset in one format, maybe damaged, under a right or wrong Content-Type. */
const arbitraryBody = fc
  .record({
    dataset: arbitraryHostileDataset,
    format: fc.integer({ min: 0, max: FORMATS.length - 1 }),
    damage: fc.oneof(
      fc.constant({ kind: "none" as const }),
      fc.record({
        kind: fc.constant("cut" as const),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      fc.record({
        kind: fc.constant("splice" as const),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        fragment: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: "binary" })),
      }),
      fc.record({ kind: fc.constant("bytes" as const), bytes: fc.uint8Array({ maxLength: 300 }) }),
    ),
    contentType: fc.oneof(fc.constant(null), fc.constantFrom(...CONTENT_TYPES)),
  })
  .map(({ dataset, format, damage, contentType }) => {
    const [type, write] = FORMATS[format]!;
    let bytes = toBytes(write(dataset));
    if (damage.kind === "cut") bytes = bytes.subarray(0, Math.floor(bytes.length * damage.at));
    if (damage.kind === "splice") {
      const at = Math.floor(bytes.length * damage.at);
      const fragment = strToU8(damage.fragment);
      const spliced = new Uint8Array(bytes.length + fragment.length);
      spliced.set(bytes.subarray(0, at));
      spliced.set(fragment, at);
      spliced.set(bytes.subarray(at), at + fragment.length);
      bytes = spliced;
    }
    if (damage.kind === "bytes") bytes = damage.bytes;
    return { bytes, contentType: contentType ?? type };
  });

const QUERY_KEYS = [
  ...INCLUSION_FIELDS.map((field) => field.name),
  "maxLength",
  "maxCycles",
  "timeBudgetMs",
  "format",
  "entity",
  "model",
  "shock",
  "__proto__",
  "constructor",
];
const queryValue = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ maxLength: 6, unit: "binary" }),
  fc.integer({ min: -5, max: 100_000 }).map(String),
  fc.constantFrom("true", "false", "inf", "NaN", "1e309", "2025-09", "equity,loan", "committed"),
);
const arbitraryQuery = fc
  .array(
    fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS), fc.string({ maxLength: 8 })), queryValue),
    {
      maxLength: 4,
    },
  )
  .map((pairs) => new URLSearchParams(pairs).toString());

const GET_PATHS = [
  "/api/health",
  "/api/dataset",
  "/api/cycles",
  "/api/exposure",
  "/api/summary",
  "/api/graph",
  "/api/history",
  "/api/stress",
  "/api/export",
  "/api/datasets",
  "/api/openapi.json",
];
const arbitraryGet = fc.oneof(
  fc.record({ path: fc.constantFrom(...GET_PATHS), query: arbitraryQuery }),
  fc.record({
    path: fc
      .oneof(
        fc.constantFrom("alpha", "__proto__", "constructor", "%00", "..%2f..%2fetc"),
        fc.string({ maxLength: 10 }),
      )
      .map((id) => `/api/entities/${encodeURIComponent(id)}`),
    query: arbitraryQuery,
  }),
  fc.record({
    path: fc.string({ maxLength: 70 }).map((id) => `/api/datasets/${encodeURIComponent(id)}`),
    query: fc.constant(""),
  }),
  fc.record({
    path: fc.constant("/api/export"),
    query: fc.constantFrom(...EXPORT_FORMATS).map((format) => `format=${format}`),
  }),
);

const POST_PATHS = ["/api/analyze", "/api/export", "/api/stress"];

function expectWellFormed(response: request.Response, elapsedMs: number, what: string): void {
  expect(response.status, what).toBeLessThan(500);
  expect(elapsedMs, what).toBeLessThan(DEADLINE_MS);
  if (response.status >= 400) {
    expect(response.headers["content-type"], what).toMatch(/^application\/json/);
    expect(typeof response.body?.error?.code, what).toBe("string");
  }
}

describe(`fuzz every endpoint (seed ${SEED}, ${RUNS} runs each)`, () => {
  it("GETs: any query, id or format gets a well-formed answer, never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryGet, async ({ path, query }) => {
        const url = query === "" ? path : `${path}?${query}`;
        const started = performance.now();
        const response = await request(app).get(url);
        expectWellFormed(response, performance.now() - started, `GET ${url}`);
      }),
      { numRuns: RUNS * 3, seed: SEED },
    );
  }, 600_000);

  it("POSTs: any dataset in any format, damaged or mislabelled, gets a well-formed answer", async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryBody,
        fc.constantFrom(...POST_PATHS),
        fc.constantFrom("", "format=json", "format=graphml", "maxLength=3", "model=cascade"),
        async ({ bytes, contentType }, path, query) => {
          const url = query === "" ? path : `${path}?${query}`;
          const started = performance.now();
          const response = await request(app)
            .post(url)
            .set("content-type", contentType)
            .send(Buffer.from(bytes));
          expectWellFormed(response, performance.now() - started, `POST ${url} (${contentType})`);
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
    // Nothing from the bodies leaked onto Object.prototype.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 600_000);
});
