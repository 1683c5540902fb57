// The OpenAPI 3.1 description of the HTTP API, served at /api/openapi.json, written as a typed
// object so that it breaks the build when it drifts from the option lists it quotes. The query
// parameters the zod query schemas read are generated from those schemas (queryParameters).

import type { z } from "zod";
import { CAPITAL_BASES } from "../analysis/exposure-system.js";
import { INCLUSION_FIELDS } from "../analysis/inclusion-fields.js";
import { SCENARIO_MODELS } from "../analysis/scenario-options.js";
import { DATASET_ID_PATTERN } from "./dataset-store.js";
import { EXPORT_QUERY_SCHEMA } from "./export-query.js";
import { ANALYSIS_QUERY_SCHEMA } from "./parse-analysis-query.js";
import { HISTORY_QUERY_SCHEMA } from "./parse-history-query.js";
import { STRESS_QUERY_SCHEMA } from "./parse-stress-query.js";
import { isRequiredParameter, parameterJsonSchema, repeatedOf } from "./query-parameter.js";

interface Schema {
  type?: string | string[];
  enum?: readonly (string | number | boolean)[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  format?: string;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  pattern?: string;
  description?: string;
  $ref?: string;
}
interface Parameter {
  name: string;
  in: "query" | "path";
  required?: boolean;
  description: string;
  schema: Schema;
  style?: "form";
  explode?: boolean;
}
interface MediaContent {
  schema: Schema;
}
interface ResponseObject {
  description: string;
  content?: Record<string, MediaContent>;
  headers?: Record<string, { description: string; schema: Schema }>;
}
interface Operation {
  summary: string;
  description?: string;
  operationId: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required: boolean; description: string; content: Record<string, MediaContent> };
  responses: Record<string, ResponseObject | { $ref: string }>;
}
export interface OpenApiDocument {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  paths: Record<string, Partial<Record<"get" | "post", Operation>>>;
  components: {
    parameters: Record<string, Parameter>;
    responses: Record<string, ResponseObject>;
    schemas: Record<string, Schema>;
  };
}

const json = (schema: Schema): Record<string, MediaContent> => ({ "application/json": { schema } });
const error = (description: string) => ({
  description,
  content: json({ $ref: "#/components/schemas/Error" }),
});
const ref = (name: string) => ({ $ref: `#/components/parameters/${name}` });

/**
 * The query parameters a zod query schema reads, described from the schema itself: each value's
 * JSON Schema (z.toJSONSchema: type, checks, enum, default), its description, whether it is
 * required, and how an array is spelled (comma-separated, or the parameter repeated).
 */
export function queryParameters(schema: z.ZodObject): Record<string, Parameter> {
  return Object.fromEntries(
    Object.entries(schema.shape).map(([name, field]) => {
      const { description = "", ...json } = parameterJsonSchema(field);
      const parameter: Parameter = {
        name,
        in: "query",
        description,
        schema: json as Schema,
      };
      if (isRequiredParameter(field)) parameter.required = true;
      if (json.type === "array") {
        parameter.style = "form";
        parameter.explode = repeatedOf(field) === "each";
      }
      return [name, parameter];
    }),
  );
}

const ANALYSIS_QUERY = queryParameters(ANALYSIS_QUERY_SCHEMA);
const EXPORT_QUERY = queryParameters(EXPORT_QUERY_SCHEMA);
const ANALYSIS_PARAMETERS = Object.keys(ANALYSIS_QUERY).map(ref);
const datasetBody = {
  required: true,
  description:
    "A dataset: canonical JSON, a CSV deals table, GEXF, GraphML, or a zip of CSV tables (≤ 5 MB).",
  content: {
    "application/json": { schema: { $ref: "#/components/schemas/Dataset" } },
    "text/csv": { schema: { type: "string" } },
    "application/gexf+xml": { schema: { type: "string" } },
    "application/graphml+xml": { schema: { type: "string" } },
    "application/xml": { schema: { type: "string" } },
    "application/zip": { schema: { type: "string", format: "binary" } },
  },
};
const bodyErrors = {
  "400": error("Bad query parameter or malformed body"),
  "413": error(
    "Body larger than 5 MB (payload_too_large), the dataset over a limit: rows, entities, deals, unpacked bytes, memory (dataset_too_large; details names it), or its exposure over the step's time budget (over_time_budget; details names it)",
  ),
  "415": error("Unsupported content type"),
  "422": error(
    "The dataset fails validation or nests deeper than 64 levels; details lists every located problem (repeated ones counted)",
  ),
  "429": error("Too many POST requests, or more than 3 in flight from one client (Retry-After)"),
};
const obj = (description: string): Schema => ({ type: "object", description });
const INCLUSION_PARAMETERS = INCLUSION_FIELDS.map((field) => ref(field.name));
const STRESS_QUERY = queryParameters(STRESS_QUERY_SCHEMA);
const STRESS_PARAMETERS = [...Object.keys(STRESS_QUERY).map(ref), ...INCLUSION_PARAMETERS];
const stressAnswer = (extra: string) => ({
  description: `The scenario (SPEC §6)${extra}, with a strong ETag`,
  content: json({ $ref: "#/components/schemas/Scenario" }),
});

export const OPENAPI_DOCUMENT: OpenApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Roundtrip API",
    version: "0.1.0",
    description:
      "Cycles, round-trip exposure and counterparty risk over the AI industry's deal graph (see docs/API.md).",
  },
  paths: {
    "/api/health": {
      get: {
        summary: "Liveness, the loaded dataset's size and the analysis workers' load",
        operationId: "getHealth",
        responses: {
          "200": {
            description: "OK",
            content: json({
              type: "object",
              required: ["status", "dataset"],
              properties: {
                status: { type: "string", enum: ["ok"] },
                dataset: {
                  type: "object",
                  properties: {
                    entities: { type: "integer" },
                    deals: { type: "integer" },
                    version: { type: ["string", "null"] },
                  },
                },
                analysis: {
                  type: "object",
                  properties: {
                    running: { type: "integer", description: "Analyses running in a worker" },
                    queued: { type: "integer", description: "Analyses waiting for a worker" },
                  },
                },
              },
            }),
          },
        },
      },
    },
    "/api/dataset": {
      get: {
        summary: "The loaded canonical dataset",
        operationId: "getDataset",
        responses: {
          "200": {
            description: "The dataset (SPEC §1)",
            content: json({ $ref: "#/components/schemas/Dataset" }),
          },
        },
      },
    },
    "/api/graph": {
      get: {
        summary: "The graph in graphology's serialized form with computed attributes",
        description:
          "Nodes carry outflowUsd, inflowUsd, roundTripShare, roundTripUsd, maxRoundTripUsd, cycleCount, onCycle; edges carry the deal plus included and onCycle. Load with MultiDirectedGraph.from(body).",
        operationId: "getGraph",
        parameters: ANALYSIS_PARAMETERS,
        responses: {
          "200": {
            description: "Serialized graph",
            content: json(obj("graphology SerializedGraph")),
          },
          "400": error("Bad query parameter"),
        },
      },
    },
    "/api/cycles": {
      get: {
        summary: "Elementary cycles of the included flows (SPEC §3)",
        operationId: "getCycles",
        parameters: ANALYSIS_PARAMETERS,
        responses: {
          "200": {
            description: "Cycle report",
            content: json({ $ref: "#/components/schemas/CycleReport" }),
          },
          "400": error("Bad query parameter"),
        },
      },
    },
    "/api/exposure": {
      get: {
        summary: "Round-trip exposure per entity and counterparty exposure (SPEC §4)",
        operationId: "getExposure",
        parameters: ANALYSIS_PARAMETERS,
        responses: {
          "200": {
            description: "Exposure report",
            content: json(obj("{ entities, counterpartyExposure }")),
          },
          "400": error("Bad query parameter"),
        },
      },
    },
    "/api/summary": {
      get: {
        summary: "System summary: gross flow, compressible excess, Finn cycling index (SPEC §4)",
        operationId: "getSummary",
        parameters: ANALYSIS_PARAMETERS,
        responses: {
          "200": {
            description: "Summary",
            content: json(
              obj(
                "SystemSummary of the selected view, plus `announced` and `committed` (the SystemSummary of each view) and warnings",
              ),
            ),
          },
          "400": error("Bad query parameter"),
        },
      },
    },
    "/api/history": {
      get: {
        summary:
          "The trend (SPEC §7): both views' summary figures at each period end, optionally one entity's round-trip series",
        operationId: "getHistory",
        parameters: [
          ...Object.values(queryParameters(HISTORY_QUERY_SCHEMA)),
          ...ANALYSIS_PARAMETERS.filter(
            (parameter) =>
              parameter.$ref !== "#/components/parameters/view" &&
              parameter.$ref !== "#/components/parameters/asOf",
          ),
        ],
        responses: {
          "200": {
            description:
              "`{ step, entity, points: [{ asOf, announced, committed }], truncated, truncatedReason }`, with a strong ETag",
            content: json(obj("History")),
          },
          "400": error("Bad query parameter or unknown entity"),
        },
      },
    },
    "/api/entities/{id}": {
      get: {
        summary: "One entity: deals out and in, exposure, counterparty exposure, cycles through it",
        operationId: "getEntity",
        parameters: [
          {
            name: "id",
            in: "path",
            required: true,
            description: "Entity id",
            schema: { type: "string" },
          },
          ...ANALYSIS_PARAMETERS,
        ],
        responses: {
          "200": {
            description: "Entity detail",
            content: json({
              ...obj(
                "{ entity, dealsOut, dealsIn, exposure, counterpartyExposure, cycles, cyclesTruncated, centrality }",
              ),
              properties: { centrality: { $ref: "#/components/schemas/Centrality" } },
            }),
          },
          "400": error("Bad query parameter"),
          "404": error("Unknown entity"),
        },
      },
    },
    "/api/analyze": {
      post: {
        summary: "Analyse a posted dataset (SPEC §5), in a worker thread, bounded",
        operationId: "analyze",
        parameters: ANALYSIS_PARAMETERS,
        requestBody: datasetBody,
        responses: {
          "200": {
            description:
              "Analysis (with a strong ETag; the same body and options give the same one)",
            content: json(obj("{ cycles, exposure, counterpartyExposure, summary, warnings }")),
          },
          ...bodyErrors,
          "500": error("The analysis worker crashed (it was replaced)"),
          "503": error("Analysis timed out, or the server is busy (Retry-After)"),
        },
      },
    },
    "/api/stress": {
      get: {
        summary:
          "If these entities cannot pay: who is hurt, who defaults (SPEC §6), loaded dataset",
        operationId: "getStress",
        parameters: STRESS_PARAMETERS,
        responses: {
          "200": stressAnswer(""),
          "400": error(
            "Bad or missing shock, model, recovery, capitalShare or inclusion parameter",
          ),
          "503": error("The server is busy (Retry-After)"),
        },
      },
      post: {
        summary: "A stress scenario (SPEC §6) on a posted dataset, in a worker thread",
        operationId: "postStress",
        parameters: STRESS_PARAMETERS,
        requestBody: datasetBody,
        responses: {
          "200": stressAnswer(" plus the reader's warnings"),
          ...bodyErrors,
          "500": error("The analysis worker crashed (it was replaced)"),
          "503": error("Timed out, or the server is busy (Retry-After)"),
        },
      },
    },
    "/api/export": {
      get: {
        summary:
          "Export the loaded dataset, or a view of it: svg (a picture), cycles-csv, exposure-csv (tables)",
        operationId: "exportDataset",
        parameters: [ref("format"), ...ANALYSIS_PARAMETERS, EXPORT_QUERY.theme!],
        responses: {
          "200": { description: "The file, with Content-Disposition: attachment" },
          "400": error(
            "Bad format or parameter; inclusion options and theme only with the view formats",
          ),
        },
      },
      post: {
        summary: "Convert a posted dataset to another format",
        operationId: "convertDataset",
        parameters: [ref("format")],
        requestBody: datasetBody,
        responses: {
          "200": { description: "The file, with Content-Disposition: attachment" },
          ...bodyErrors,
        },
      },
    },
    "/api/datasets": {
      get: {
        summary: "What the saved-uploads store allows and holds",
        operationId: "getDatasetStore",
        responses: {
          "200": {
            description: "Store settings and usage",
            content: json(
              obj("{ writable, maxDatasetBytes, maxTotalBytes, maxCount, count, bytes }"),
            ),
          },
        },
      },
      post: {
        summary: "Save a posted dataset (validated first) for permalinks; content-addressed",
        operationId: "saveDataset",
        requestBody: datasetBody,
        responses: {
          "201": {
            description: "Saved; Location names it",
            content: json(obj("{ id, bytes, url }")),
          },
          "200": { description: "Already saved", content: json(obj("{ id, bytes, url }")) },
          "403": error("The store is read-only (ROUNDTRIP_STORE=off)"),
          ...bodyErrors,
          "503": error("The server is busy (Retry-After)"),
        },
      },
    },
    "/api/datasets/{id}": {
      get: {
        summary: "A saved dataset (canonical JSON), immutable",
        operationId: "getSavedDataset",
        parameters: [
          {
            name: "id",
            in: "path",
            required: true,
            description: "SHA-256 of the saved canonical JSON, 64 lower-case hex digits",
            schema: { type: "string", pattern: DATASET_ID_PATTERN.source },
          },
        ],
        responses: {
          "200": { description: "The dataset", content: json(obj("Dataset")) },
          "400": error("The id is not 64 lower-case hex digits"),
          "404": error("No saved dataset has this id (never saved, or evicted)"),
        },
      },
    },
    "/api/openapi.json": {
      get: {
        summary: "This document",
        operationId: "getOpenApi",
        responses: { "200": { description: "OpenAPI 3.1", content: json(obj("OpenAPI")) } },
      },
    },
  },
  components: {
    parameters: {
      ...STRESS_QUERY,
      ...ANALYSIS_QUERY,
      format: EXPORT_QUERY.format!,
    },
    responses: {},
    schemas: {
      Scenario: {
        type: "object",
        required: ["model", "converged", "rounds", "debtRank", "systemLossUsd", "entities"],
        properties: {
          model: { type: "string", enum: [...SCENARIO_MODELS] },
          converged: { type: "boolean" },
          rounds: { type: "integer" },
          debtRank: { type: "number", description: "Share of all capital lost beyond the shock" },
          systemLossUsd: { type: "number" },
          totalCapitalUsd: { type: "number" },
          entities: {
            type: "array",
            description: "One row per entity, in id order",
            items: {
              type: "object",
              properties: {
                id: { type: "string" },
                capitalUsd: { type: "number" },
                capitalBasis: { type: "string", enum: [...CAPITAL_BASES] },
                shock: { type: "number" },
                relativeLoss: { type: "number", minimum: 0, maximum: 1 },
                lossUsd: { type: "number" },
                defaulted: { type: "boolean" },
                defaultRound: { type: ["integer", "null"] },
              },
            },
          },
        },
      },
      Centrality: {
        type: "object",
        description:
          "The entity's PageRank and betweenness on the view's flow matrix, with its rank among all entities (1 = highest, ties share the better rank)",
        required: [
          "pageRank",
          "pageRankRank",
          "betweenness",
          "betweennessRank",
          "rankedAmong",
          "betweennessNotComputed",
        ],
        properties: {
          pageRank: { type: "number", description: "Weighted PageRank, damping 0.85" },
          pageRankRank: { type: "integer", minimum: 1 },
          betweenness: {
            type: ["number", "null"],
            description:
              "Normalized by (n − 1)(n − 2); null above 2,000 entities or 3e7 for entities × (entities + pairs)",
          },
          betweennessRank: { type: ["integer", "null"], minimum: 1 },
          rankedAmong: { type: "integer", description: "Entities ranked" },
          betweennessNotComputed: {
            type: ["string", "null"],
            description: "Why betweenness is null; null when it was computed",
          },
        },
      },
      Error: {
        type: "object",
        required: ["error"],
        properties: {
          error: {
            type: "object",
            required: ["code", "message", "details"],
            properties: {
              code: { type: "string" },
              message: { type: "string" },
              details: { description: "Located problems ({ path, message }[]) or null" },
            },
          },
        },
      },
      Dataset: obj(
        "Canonical dataset (SPEC §1): { version?, updated?, entities: Entity[], deals: Deal[] }",
      ),
      CycleReport: {
        type: "object",
        required: ["cycles", "truncated"],
        properties: {
          cycles: {
            type: "array",
            items: {
              type: "object",
              properties: {
                nodes: { type: "array", items: { type: "string" } },
                bottleneckUsd: { type: "number" },
                deals: { type: "array", items: { type: "array", items: { type: "string" } } },
              },
            },
          },
          truncated: { type: "boolean" },
          truncatedReason: { type: ["string", "null"] },
          bounds: obj("The effective maxLength, maxCycles, timeBudgetMs"),
        },
      },
    },
  },
};
