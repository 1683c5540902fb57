// Saved uploads (SPEC-free, issue "Publish and share"): POST /api/datasets validates a posted
// dataset in a worker and keeps its canonical JSON; GET /api/datasets/:id gives it back, so a
// permalink naming it restores the uploaded network; GET /api/datasets says what the store allows.

import { Router } from "express";
import { abortOnDisconnect } from "../abort-on-disconnect.js";
import type { AppContext } from "../app-context.js";
import { DATASET_ID_PATTERN, type DatasetStore } from "../dataset-store.js";
import { DatasetNotFoundError, InvalidDatasetIdError, StoreReadOnlyError } from "../http-errors.js";
import { readBody } from "../read-body.js";

export function datasetStoreRoutes(context: AppContext, store: DatasetStore): Router {
  const router = Router();
  router.get("/api/datasets", async (_request, response) => {
    response.json({ writable: store.writable, ...store.limits, ...(await store.usage()) });
  });
  router.post("/api/datasets", async (request, response) => {
    if (!store.writable) {
      throw new StoreReadOnlyError(
        "saving uploads is switched off on this server (ROUNDTRIP_STORE=off): a link cannot carry an uploaded dataset",
      );
    }
    const { body, contentType } = readBody(request);
    // Read and validated in a worker; only a valid dataset is stored, as canonical JSON.
    const { file } = await context.runner.convertBody(
      body,
      contentType,
      "json",
      abortOnDisconnect(response),
    );
    const json = typeof file.body === "string" ? Buffer.from(file.body) : file.body;
    const saved = await store.save(json);
    response
      .status(saved.created ? 201 : 200)
      .location(`/api/datasets/${saved.id}`)
      .json({ id: saved.id, bytes: saved.bytes, url: `/api/datasets/${saved.id}` });
  });
  router.get("/api/datasets/:id", async (request, response) => {
    const { id } = request.params;
    if (!DATASET_ID_PATTERN.test(id)) {
      throw new InvalidDatasetIdError(
        `expected a dataset id of 64 lower-case hex digits, received ${JSON.stringify(id.slice(0, 80))}`,
      );
    }
    const json = await store.load(id);
    if (json === null) {
      throw new DatasetNotFoundError(`no saved dataset ${id} (never saved here, or evicted)`);
    }
    // Content-addressed: the bytes behind an id never change.
    response
      .type("application/json")
      .set("Cache-Control", "public, max-age=31536000, immutable")
      .set("ETag", `"${id}"`)
      .send(Buffer.from(json));
  });
  return router;
}
