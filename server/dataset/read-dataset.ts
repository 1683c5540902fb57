// Read a dataset in any format we speak — canonical JSON, CSV, GEXF, GraphML, or a zip of CSV
// tables (our CSV export, our Neo4j export) — choosing the reader by content type, file name or
// content. Browser-safe: the viewer uses it for drag-and-drop import.

import { strFromU8, unzipSync } from "fflate";
import { importCsv } from "./import-csv.js";
import { MalformedDocumentError, UnsupportedFormatError } from "./import-error.js";
import { importGexf } from "./import-gexf.js";
import { importGraphml } from "./import-graphml.js";
import { importJson } from "./import-json.js";
import type { ImportedDataset } from "./import-records.js";

export const DATASET_FORMATS = ["json", "csv", "gexf", "graphml", "zip"] as const;
export type DatasetFormat = (typeof DATASET_FORMATS)[number];

export interface ReadDatasetHint {
  /** A MIME type, parameters allowed (`text/csv; charset=utf-8`). */
  contentType?: string;
  fileName?: string;
}

/** Uncompressed bytes a zip may unpack to (a zip bomb stops here). */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;

/** Maps, not object literals: a header or file name such as `constructor` must find nothing. */
const BY_CONTENT_TYPE: ReadonlyMap<string, DatasetFormat | "xml" | "sniff"> = new Map([
  ["application/json", "json"],
  ["text/json", "json"],
  ["text/csv", "csv"],
  ["application/csv", "csv"],
  ["text/comma-separated-values", "csv"],
  ["application/gexf+xml", "gexf"],
  ["application/graphml+xml", "graphml"],
  ["application/xml", "xml"],
  ["text/xml", "xml"],
  ["application/zip", "zip"],
  ["application/x-zip-compressed", "zip"],
  ["application/octet-stream", "sniff"],
  ["text/plain", "sniff"],
]);

const BY_EXTENSION: ReadonlyMap<string, DatasetFormat> = new Map([
  ["json", "json"],
  ["csv", "csv"],
  ["gexf", "gexf"],
  ["graphml", "graphml"],
  ["xml", "graphml"],
  ["zip", "zip"],
]);

function sniff(bytes: Uint8Array): DatasetFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return "zip";
  const head = strFromU8(bytes.subarray(0, 4096))
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (head.startsWith("{") || head.startsWith("[")) return "json";
  if (head.startsWith("<")) return sniffXml(head);
  return "csv";
}

function sniffXml(head: string): DatasetFormat {
  if (/<gexf[\s/>]/.test(head)) return "gexf";
  if (/<graphml[\s/>]/.test(head)) return "graphml";
  throw new UnsupportedFormatError(
    "readDataset: expected XML with a <gexf> or <graphml> root, received another XML document",
  );
}

/** Which reader applies: the content type first, then the file extension, then the bytes. */
export function detectDatasetFormat(bytes: Uint8Array, hint: ReadDatasetHint = {}): DatasetFormat {
  const type = hint.contentType?.split(";")[0]?.trim().toLowerCase();
  if (type) {
    const mapped = BY_CONTENT_TYPE.get(type);
    if (mapped === undefined) {
      throw new UnsupportedFormatError(
        `readDataset: expected JSON, CSV, GEXF, GraphML or zip, received content type ${JSON.stringify(type)}`,
      );
    }
    if (mapped === "xml") return sniffXml(strFromU8(bytes.subarray(0, 4096)));
    if (mapped !== "sniff") return mapped;
  }
  const extension = hint.fileName?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  const byName = extension === undefined ? undefined : BY_EXTENSION.get(extension);
  if (byName === "graphml" && extension === "xml")
    return sniffXml(strFromU8(bytes.subarray(0, 4096)));
  return byName ?? sniff(bytes);
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
}

/** A zip holding a deals table (+ entities table), or one JSON / GEXF / GraphML file. */
function readZip(bytes: Uint8Array): ImportedDataset {
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        total += file.originalSize;
        if (total > MAX_UNZIPPED_BYTES) {
          throw new MalformedDocumentError("readDataset", [
            { path: file.name, message: `zip unpacks to more than ${MAX_UNZIPPED_BYTES} bytes` },
          ]);
        }
        return !file.name.endsWith("/");
      },
    });
  } catch (error) {
    if (error instanceof MalformedDocumentError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new MalformedDocumentError("readDataset", [
      { path: "", message: `unreadable zip: ${message}` },
    ]);
  }
  const byBase = new Map<string, string>();
  for (const name of Object.keys(files).sort()) {
    byBase.set(name.split("/").pop()!.toLowerCase(), name);
  }
  const find = (...names: string[]) => names.map((n) => byBase.get(n)).find((n) => n !== undefined);
  const deals = find("deals.csv", "edges.csv", "relationships.csv");
  if (deals !== undefined) {
    const entities = find("entities.csv", "nodes.csv");
    const dealsText = decode(files[deals]!);
    return importCsv(dealsText, {
      ...(entities === undefined ? {} : { entitiesCsv: decode(files[entities]!) }),
      // Neo4j tables are written as they are; our CSV export guards formula-like text.
      formulaEscaped: !dealsText.startsWith(":START_ID"),
    });
  }
  const single = Object.keys(files).filter((name) => /\.(json|gexf|graphml)$/i.test(name));
  if (single.length === 1) return readDataset(files[single[0]!]!, { fileName: single[0]! });
  throw new MalformedDocumentError("readDataset", [
    {
      path: "",
      message:
        "expected a zip with deals.csv or edges.csv (and entities.csv or nodes.csv), or one .json/.gexf/.graphml file",
    },
  ]);
}

/** Read and validate; throws UnsupportedFormatError, MalformedDocumentError or InvalidDatasetError. */
export function readDataset(
  input: string | Uint8Array,
  hint: ReadDatasetHint = {},
): ImportedDataset {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  const format = detectDatasetFormat(bytes, hint);
  if (format === "zip") return readZip(bytes);
  const text = typeof input === "string" ? input : decode(bytes);
  switch (format) {
    case "json":
      return importJson(text);
    case "csv":
      return importCsv(text);
    case "gexf":
      return importGexf(text);
    case "graphml":
      return importGraphml(text);
  }
}
