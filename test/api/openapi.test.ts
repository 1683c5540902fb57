// The OpenAPI document: its query parameters say what the parsers accept (names, types, checks,
// enums, defaults, required), tried against the parsers themselves; and the document holds
// together (every $ref resolves, every path template has its parameter, operation ids unique).

import { describe, expect, it } from "vitest";
import { INCLUSION_FIELDS } from "../../server/analysis/inclusion-fields.js";
import { QueryParameterError } from "../../server/api/http-errors.js";
import { OPENAPI_DOCUMENT } from "../../server/api/openapi.js";
import {
  ANALYSIS_QUERY_PARAMETERS,
  parseAnalysisQuery,
} from "../../server/api/parse-analysis-query.js";
import {
  HISTORY_QUERY_PARAMETERS,
  parseHistoryQuery,
} from "../../server/api/parse-history-query.js";
import { parseStressQuery, STRESS_QUERY_PARAMETERS } from "../../server/api/parse-stress-query.js";

interface JsonSchema {
  type?: string;
  enum?: unknown[];
  items?: JsonSchema;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  pattern?: string;
  default?: unknown;
}
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description: string;
  schema: JsonSchema;
  style?: string;
  explode?: boolean;
}

const components = OPENAPI_DOCUMENT.components.parameters as unknown as Record<string, Parameter>;
/** An operation's parameters with the $refs resolved. */
function parametersOf(path: string, method: "get" | "post"): Parameter[] {
  const operation = OPENAPI_DOCUMENT.paths[path]?.[method];
  return (operation?.parameters ?? []).map((parameter) =>
    "$ref" in parameter
      ? components[parameter.$ref.replace("#/components/parameters/", "")]!
      : (parameter as Parameter),
  );
}

/** A parser of one endpoint's query: the options it gives, or the names of the bad parameters. */
type Parse = (query: Record<string, unknown>) => Record<string, unknown>;
function problemsOf(parse: Parse, query: Record<string, unknown>): string[] {
  try {
    parse(query);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(QueryParameterError);
    return (error as QueryParameterError).problems.map((problem) => problem.path);
  }
}

const known = new Set(["alpha", "beta"]);
const ENDPOINTS: {
  name: string;
  path: string;
  names: readonly string[];
  parse: Parse;
  /** What every query needs besides the parameter tried. */
  base: Record<string, unknown>;
}[] = [
  {
    name: "analysis (GET /api/cycles)",
    path: "/api/cycles",
    names: ANALYSIS_QUERY_PARAMETERS,
    parse: (query) => ({ ...parseAnalysisQuery(query).options }),
    base: {},
  },
  {
    name: "stress (GET /api/stress)",
    path: "/api/stress",
    names: [...STRESS_QUERY_PARAMETERS, ...INCLUSION_FIELDS.map((field) => field.name)],
    parse: (query) => ({ ...parseStressQuery(query, known).options }),
    base: { shock: "alpha" },
  },
  {
    name: "history (GET /api/history)",
    path: "/api/history",
    names: [
      ...HISTORY_QUERY_PARAMETERS,
      ...ANALYSIS_QUERY_PARAMETERS.filter((name) => name !== "view" && name !== "asOf"),
    ],
    parse: (query) => ({ ...parseHistoryQuery(query, known).options }),
    base: {},
  },
];

/** A text the parameter's schema accepts, and the value the parser should make of it. */
function validText(schema: JsonSchema): string {
  if (schema.enum !== undefined) return String(schema.enum.at(-1));
  switch (schema.type) {
    case "integer":
    case "number":
      return String(schema.minimum ?? 0);
    case "boolean":
      return "true";
    case "array":
      return validText(schema.items ?? {});
    default:
      return schema.pattern !== undefined ? "2025-06-30" : "alpha";
  }
}

describe("the OpenAPI query parameters", () => {
  it("document every parameter of the analysis endpoints, and no other", () => {
    const names = parametersOf("/api/cycles", "get").map((parameter) => parameter.name);
    expect([...names].sort()).toEqual([...ANALYSIS_QUERY_PARAMETERS].sort());
    for (const path of ["/api/graph", "/api/exposure", "/api/summary", "/api/analyze"]) {
      const method = path === "/api/analyze" ? "post" : "get";
      expect(parametersOf(path, method).map((parameter) => parameter.name)).toEqual(names);
    }
  });

  for (const endpoint of ENDPOINTS) {
    describe(endpoint.name, () => {
      const parameters = parametersOf(endpoint.path, "get").filter((p) => p.in === "query");

      it("names the parameters the parser reads", () => {
        expect(parameters.map((parameter) => parameter.name).sort()).toEqual(
          [...new Set(endpoint.names)].sort(),
        );
        // A name the document does not list is refused.
        expect(problemsOf(endpoint.parse, { ...endpoint.base, notAParameter: "1" })).toContain(
          "notAParameter",
        );
      });

      it("gives the defaults the parser fills in", () => {
        const options = endpoint.parse(endpoint.base);
        for (const parameter of parameters) {
          if (parameter.schema.default === undefined) continue;
          expect(options[parameter.name], parameter.name).toEqual(parameter.schema.default);
        }
      });

      it("marks required exactly the parameters the parser cannot do without", () => {
        for (const parameter of parameters) {
          const without = { ...endpoint.base };
          delete without[parameter.name];
          const refused = problemsOf(endpoint.parse, without).includes(parameter.name);
          expect(refused, parameter.name).toBe(parameter.required === true);
        }
      });

      it("accepts every value of each enum, and refuses one outside it", () => {
        for (const parameter of parameters) {
          const values = parameter.schema.enum ?? parameter.schema.items?.enum;
          if (values === undefined) continue;
          for (const value of values) {
            const query = { ...endpoint.base, [parameter.name]: String(value) };
            expect(problemsOf(endpoint.parse, query), `${parameter.name}=${value}`).toEqual([]);
          }
          const outside = { ...endpoint.base, [parameter.name]: "not-one-of-them" };
          expect(problemsOf(endpoint.parse, outside)).toEqual([parameter.name]);
        }
      });

      it("accepts a value of the documented type and refuses one of another, within the bounds", () => {
        for (const parameter of parameters) {
          const { schema, name } = parameter;
          const ok = { ...endpoint.base, [name]: validText(schema) };
          expect(problemsOf(endpoint.parse, ok), `${name}=${ok[name]}`).toEqual([]);
          const bad = (text: string) =>
            problemsOf(endpoint.parse, { ...endpoint.base, [name]: text });
          if (schema.type === "integer") expect(bad("1.5"), name).toEqual([name]);
          if (schema.type === "integer" || schema.type === "number") {
            expect(bad("x"), name).toEqual([name]);
            expect(bad(String((schema.minimum ?? 0) - 1)), name).toEqual([name]);
          }
          if (schema.type === "number" && schema.maximum !== undefined) {
            expect(bad(String(schema.maximum + 0.5)), name).toEqual([name]);
          }
          if (schema.type === "boolean") expect(bad("maybe"), name).toEqual([name]);
          if (schema.pattern !== undefined) {
            expect(new RegExp(schema.pattern).test("2025-06-30")).toBe(true);
            expect(bad("June 2025"), name).toEqual([name]);
          }
        }
      });
    });
  }

  it("says how a larger cycle bound is taken: cut to the documented maximum", () => {
    for (const parameter of parametersOf("/api/cycles", "get")) {
      if (parameter.schema.type !== "integer") continue;
      const { options } = parseAnalysisQuery({
        [parameter.name]: String(parameter.schema.maximum! + 1),
      });
      expect(options[parameter.name as "maxLength"]).toBe(parameter.schema.maximum);
      expect(parameter.description).toContain(`cut to ${parameter.schema.maximum}`);
    }
  });

  it("spells lists comma-separated and a repeatable parameter repeated, as the parsers read them", () => {
    const types = components.types!;
    expect(types).toMatchObject({ style: "form", explode: false });
    expect(parseAnalysisQuery({ types: "loan,equity" }).options.types).toEqual(["equity", "loan"]);
    const shock = components.shock!;
    expect(shock).toMatchObject({ style: "form", explode: true, required: true });
    const { options } = parseStressQuery({ shock: ["alpha", "beta:0.5"] }, known);
    expect(options.shocks).toEqual([
      { id: "alpha", shock: 1 },
      { id: "beta", shock: 0.5 },
    ]);
  });

  it("describes every parameter", () => {
    for (const parameter of Object.values(components)) {
      expect(parameter.description.length, parameter.name).toBeGreaterThan(5);
    }
  });
});

describe("the OpenAPI document's structure", () => {
  const text = JSON.stringify(OPENAPI_DOCUMENT);

  it("resolves every $ref to a component", () => {
    const refs = [...text.matchAll(/"\$ref":"#\/components\/(\w+)\/(\w+)"/g)];
    expect(refs.length).toBeGreaterThan(10);
    const all = OPENAPI_DOCUMENT.components as unknown as Record<string, Record<string, unknown>>;
    for (const [, kind, name] of refs) expect(all[kind!]?.[name!], `${kind}/${name}`).toBeDefined();
    expect(text).not.toMatch(/"\$ref":"(?!#\/components\/)/);
  });

  it("has unique operation ids, a response for each operation, and each path template's parameter", () => {
    const ids: string[] = [];
    for (const [path, item] of Object.entries(OPENAPI_DOCUMENT.paths)) {
      expect(path).toMatch(/^\/api\//);
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      for (const method of ["get", "post"] as const) {
        const operation = item[method];
        if (operation === undefined) continue;
        ids.push(operation.operationId);
        expect(Object.keys(operation.responses).length, `${method} ${path}`).toBeGreaterThan(0);
        for (const status of Object.keys(operation.responses))
          expect(status).toMatch(/^[1-5]\d\d$/);
        const parameters = parametersOf(path, method);
        const pathParameters = parameters.filter((parameter) => parameter.in === "path");
        expect(pathParameters.map((parameter) => parameter.name)).toEqual(templated);
        for (const parameter of pathParameters) expect(parameter.required).toBe(true);
        const keys = parameters.map((parameter) => `${parameter.in} ${parameter.name}`);
        expect(new Set(keys).size, `${method} ${path}`).toBe(keys.length);
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("uses only JSON Schema type names and OpenAPI parameter places", () => {
    const types = [...text.matchAll(/"type":(\[[^\]]*\]|"[^"]*")/g)].flatMap((match) => {
      const value = JSON.parse(match[1]!) as string | string[];
      return Array.isArray(value) ? value : [value];
    });
    const allowed = ["string", "number", "integer", "boolean", "array", "object", "null"];
    for (const type of types) expect(allowed).toContain(type);
    for (const parameter of Object.values(components)) {
      expect(["query", "path", "header", "cookie"]).toContain(parameter.in);
      expect(parameter.schema).toBeTypeOf("object");
    }
  });
});
