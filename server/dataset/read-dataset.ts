// Read a dataset in any format we speak — canonical JSON, CSV, GEXF, GraphML, or a zip of CSV
// tables (our CSV export, our Neo4j export) — choosing the reader by content type, file name or
// content. Browser-safe: the viewer uses it for drag-and-drop import.

import { unzipSync } from "fflate";
import { DATASET_LIMITS } from "./dataset-limits.js";
import { detectDatasetFormat, type ReadDatasetHint } from "./detect-dataset-format.js";
import { importCsv } from "./import-csv.js";
import { DatasetLimitError, MalformedDocumentError } from "./import-error.js";
import { importGexf } from "./import-gexf.js";
import { importGraphml } from "./import-graphml.js";
import { importJson } from "./import-json.js";
import type { ImportedDataset } from "./import-records.js";

/** Uncompressed bytes a zip may unpack to (a zip bomb stops here). */
export const MAX_UNZIPPED_BYTES = DATASET_LIMITS.maxUnzippedBytes;

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
          throw new DatasetLimitError(
            "readDataset",
            "maxUnzippedBytes",
            MAX_UNZIPPED_BYTES,
            `bytes unpacked (${file.name} goes past it)`,
          );
        }
        return !file.name.endsWith("/");
      },
    });
  } catch (error) {
    if (error instanceof DatasetLimitError) throw error;
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
      // Our CSV and Neo4j exports guard formula-like text (the Neo4j one ships load.cypher);
      // other Neo4j tables are read as they are.
      formulaEscaped: !dealsText.startsWith(":START_ID") || find("load.cypher") !== undefined,
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
