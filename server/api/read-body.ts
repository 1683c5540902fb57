// The dataset in a POST body: its bytes and Content-Type, checked here (cheaply) before a worker
// reads it — nothing at all, no Content-Type, or a type we do not read are refused at once.

import type { Request } from "express";
import { detectDatasetFormat } from "../dataset/detect-dataset-format.js";
import { UnsupportedFormatError } from "../dataset/import-error.js";
import { EmptyBodyError } from "./http-errors.js";

export function readBody(request: Request): { body: Uint8Array; contentType: string } {
  const body: unknown = request.body;
  if (!(body instanceof Uint8Array) || body.length === 0) {
    throw new EmptyBodyError("readBody: expected a dataset in the request body, received nothing");
  }
  const contentType = request.get("content-type");
  if (contentType === undefined) {
    throw new UnsupportedFormatError(
      "readBody: expected a Content-Type (application/json, text/csv, application/xml, application/zip), received none",
    );
  }
  // Throws UnsupportedFormatError (415) for a type, or an XML root, we do not read.
  detectDatasetFormat(body, { contentType });
  return { body, contentType };
}
