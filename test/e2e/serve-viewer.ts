// Serve the built viewer and a dataset for the browser tests on an ephemeral port through the
// server's createApp; a dataset of null gives a minimal server whose /api/dataset fails with the
// server's own error handler (so the viewer reads the real error body).

import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import type { Dataset } from "@engine";
import express from "express";
import { createApp } from "../../server/api/create-app.js";
import type { DatasetStore } from "../../server/api/dataset-store.js";
import { errorHandler } from "../../server/api/error-handler.js";
import { ServerBusyError } from "../../server/api/http-errors.js";
import { createAnalysisRunner } from "../../server/api/run-analysis.js";

/** The viewer built with its test hook (`npm run build:test-client`; test/global-setup.ts). */
export const CLIENT_DIR = resolve("dist/client-test");

export interface ServedViewer {
  url: string;
  close(): Promise<void>;
}

/** The message the failing server's /api/dataset answers with (through the real error handler). */
export const DATASET_FAILURE_MESSAGE = "the dataset is still loading";

/** The built viewer, and an /api/dataset that fails as the server fails: the viewer's error page. */
function failingApp(clientDir: string) {
  const app = express();
  app.get("/api/dataset", () => {
    throw new ServerBusyError(DATASET_FAILURE_MESSAGE);
  });
  app.use(express.static(clientDir));
  app.use(errorHandler());
  return app;
}

/** `dataset: null` makes /api/dataset fail, to test the error page. */
export async function serveViewer(
  dataset: Dataset | null,
  clientDir: string = CLIENT_DIR,
  store?: DatasetStore,
): Promise<ServedViewer> {
  const runner = dataset === null ? null : createAnalysisRunner({ concurrency: 1 });
  const handler =
    dataset === null || runner === null
      ? failingApp(clientDir)
      : createApp({ dataset, clientDir, runner, ...(store ? { store } : {}) });
  const server: Server = createServer(handler);
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await runner?.close();
    },
  };
}
