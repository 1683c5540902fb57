import { describe, expect, it } from "vitest";
import {
  InvalidDatasetError,
  InvalidOptionError,
  RoundtripError,
  TimeBudgetError,
  UnknownEntityError,
} from "../server/analysis/errors.js";
import {
  AnalysisCancelledError,
  AnalysisCrashedError,
  AnalysisTimeoutError,
  DatasetNotFoundError,
  DatasetTooLargeError,
  EmptyBodyError,
  InvalidDatasetIdError,
  QueryParameterError,
  RateLimitedError,
  RouteNotFoundError,
  ServerBusyError,
  StoreReadOnlyError,
} from "../server/api/http-errors.js";
import {
  DatasetLimitError,
  MalformedDocumentError,
  UnsupportedFormatError,
} from "../server/dataset/import-error.js";
import {
  ERROR_TABLE,
  EXIT_BAD_INPUT,
  EXIT_USAGE,
  errorRowFor,
  reviveError,
  serializeError,
} from "../server/error-table.js";

/** One instance of every class in the table, with the data fields it carries. */
const SAMPLES: Error[] = [
  new QueryParameterError([{ path: "maxLength", message: "expected at least 2" }]),
  new InvalidOptionError("findCycles: expected maxLength ≥ 2, received 1"),
  new MalformedDocumentError("readDataset", [{ path: "line 3", message: "unbalanced quote" }]),
  new EmptyBodyError("analyze: expected a body"),
  new UnsupportedFormatError("readDataset: expected JSON, CSV, GEXF or GraphML"),
  new InvalidDatasetError(
    [{ path: "deals[0].to", message: "unknown entity" }],
    [{ path: "deals[1]", message: "duplicate" }],
  ),
  new UnknownEntityError("computeExposure", "acme"),
  new InvalidDatasetIdError("expected a sha-256 hex id"),
  new DatasetNotFoundError("no stored dataset 00ff"),
  new DatasetLimitError("readDataset", "maxDeals", 200_000, "deals"),
  new DatasetTooLargeError("over the store's limit"),
  new StoreReadOnlyError("the store is off"),
  new RouteNotFoundError("no route GET /api/nope"),
  new RateLimitedError("too many POST requests"),
  new AnalysisTimeoutError("stopped after 30 s"),
  new AnalysisCrashedError("the worker died"),
  new AnalysisCancelledError("the client went away"),
  new ServerBusyError("every slot is taken"),
  new TimeBudgetError("computeMaxRoundTrips", "exposureBudgetMs", 5_000, {
    what: "max round-trips of the entities on a cycle",
    done: 12,
    total: 20_000,
  }),
  new RoundtripError("something typed"),
];

describe("ERROR_TABLE", () => {
  it("has one row per class and a unique code per row", () => {
    expect(new Set(ERROR_TABLE.map((row) => row.class)).size).toBe(ERROR_TABLE.length);
    expect(new Set(ERROR_TABLE.map((row) => row.code)).size).toBe(ERROR_TABLE.length);
    for (const row of ERROR_TABLE)
      expect(SAMPLES.some((e) => e.constructor === row.class)).toBe(true);
  });

  it("lists subclasses before the base class, so each error finds its own row", () => {
    for (const sample of SAMPLES) expect(errorRowFor(sample)?.class).toBe(sample.constructor);
  });

  it("gives untyped errors no row", () => {
    expect(errorRowFor(new TypeError("x"))).toBeNull();
    expect(errorRowFor("a string")).toBeNull();
  });

  it("maps usage errors to exit 2 and input errors to exit 1", () => {
    expect(errorRowFor(new UnknownEntityError("f", "x"))?.exitCode).toBe(EXIT_USAGE);
    expect(errorRowFor(new InvalidOptionError("f"))?.exitCode).toBe(EXIT_USAGE);
    expect(errorRowFor(new InvalidDatasetError([]))?.exitCode).toBe(EXIT_BAD_INPUT);
    expect(errorRowFor(new MalformedDocumentError("f", []))?.exitCode).toBe(EXIT_BAD_INPUT);
    expect(errorRowFor(new UnsupportedFormatError("f"))?.exitCode).toBe(EXIT_BAD_INPUT);
  });
});

describe("serializeError and reviveError", () => {
  it("bring every typed error back across a structured clone as its own class, fields intact", () => {
    for (const sample of SAMPLES) {
      const revived = reviveError(structuredClone(serializeError(sample)));
      expect(revived).toBeInstanceOf(sample.constructor);
      expect(revived.name).toBe(sample.name);
      expect(revived.message).toBe(sample.message);
      const { stack: _a, cause: _b, ...fields } = { ...sample } as Record<string, unknown>;
      expect({ ...revived }).toEqual(fields);
    }
    const entity = reviveError(serializeError(new UnknownEntityError("analyzeDataset", "acme")));
    expect((entity as UnknownEntityError).entityId).toBe("acme");
    expect((entity as UnknownEntityError).functionName).toBe("analyzeDataset");
  });

  it("turn an untyped error into a plain Error with its message", () => {
    const revived = reviveError(structuredClone(serializeError(new TypeError("boom"))));
    expect(revived.constructor).toBe(Error);
    expect(revived.message).toBe("boom");
    expect(reviveError(serializeError("thrown string")).message).toBe("thrown string");
  });
});
