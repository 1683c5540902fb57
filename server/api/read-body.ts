// The dataset in a POST body, in any format readDataset speaks, chosen by Content-Type.

import type { Request } from "express";
import { UnsupportedFormatError } from "../dataset/import-error.js";
import type { ImportedDataset } from "../dataset/import-records.js";
import { readDataset } from "../dataset/read-dataset.js";
import { EmptyBodyError } from "./http-errors.js";

export function readBody(request: Request): ImportedDataset {
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
  return readDataset(body, { contentType });
}
