// Which of our formats a document is in — canonical JSON, CSV, GEXF, GraphML or a zip — from its
// content type, file name or first bytes. Kept apart from the readers so that a caller holding
// JSON (the CLI's common case) need not load the XML, CSV and zip libraries at all.

import { UnsupportedFormatError } from "./import-error.js";

export const DATASET_FORMATS = ["json", "csv", "gexf", "graphml", "zip"] as const;
export type DatasetFormat = (typeof DATASET_FORMATS)[number];

export interface ReadDatasetHint {
  /** A MIME type, parameters allowed (`text/csv; charset=utf-8`). */
  contentType?: string;
  fileName?: string;
}

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

/** The first 4 KiB as text (a character cut at the end does not matter for sniffing). */
function headText(bytes: Uint8Array): string {
  return new TextDecoder("utf-8").decode(bytes.subarray(0, 4096));
}

function sniff(bytes: Uint8Array): DatasetFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return "zip";
  const head = headText(bytes)
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
    if (mapped === "xml") return sniffXml(headText(bytes));
    if (mapped !== "sniff") return mapped;
  }
  const extension = hint.fileName?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  const byName = extension === undefined ? undefined : BY_EXTENSION.get(extension);
  if (byName === "graphml" && extension === "xml") return sniffXml(headText(bytes));
  return byName ?? sniff(bytes);
}
