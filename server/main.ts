// The HTTP server: read the environment, load and validate the dataset (refuse to start on an
// invalid one), start the analysis workers, listen, log one line per request, shut down gracefully
// on SIGTERM/SIGINT (finish the requests in flight, then stop the workers).

import type { AddressInfo } from "node:net";
import { basename } from "node:path";
import { pino } from "pino";
import { z } from "zod";
import { InvalidDatasetError } from "./analysis/errors.js";
import { createApp } from "./api/create-app.js";
import { createServer } from "./api/create-server.js";
import { createDatasetStore, DATASET_STORE_DEFAULTS } from "./api/dataset-store.js";
import { ANALYSIS_RUNNER_DEFAULTS, createAnalysisRunner } from "./api/run-analysis.js";
import { BUNDLED_DATASET_PATH, loadDataset } from "./dataset/load-dataset.js";

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  /** A canonical JSON dataset to serve instead of data/deals.json. */
  ROUNDTRIP_DATASET: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  CLIENT_DIR: z.string().min(1).optional(),
  /** Analysis worker threads kept running (default: the machine's available parallelism). */
  ANALYSIS_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  /** Analyses waiting for a worker before new ones get 503 + Retry-After. */
  ANALYSIS_QUEUE: z.coerce.number().int().min(0).max(10_000).optional(),
  /** "off": serve saved uploads but save no new ones (a link cannot carry an uploaded dataset). */
  ROUNDTRIP_STORE: z.enum(["on", "off"]).default("on"),
  /** Where saved uploads live (default .roundtrip-store in the working directory, git-ignored). */
  ROUNDTRIP_STORE_DIR: z.string().min(1).default(DATASET_STORE_DEFAULTS.dir),
  /** Bytes of all saved uploads together, and their number, before the oldest are evicted. */
  ROUNDTRIP_STORE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(DATASET_STORE_DEFAULTS.maxTotalBytes),
  ROUNDTRIP_STORE_MAX_COUNT: z.coerce
    .number()
    .int()
    .min(0)
    .default(DATASET_STORE_DEFAULTS.maxCount),
});

/**
 * How long a shutdown waits for the analyses in flight: the longest hard deadline a job can
 * have (the 10 s time-budget cap plus the runner's grace), with room for one queued behind it.
 */
const SHUTDOWN_LIMIT_MS = 2 * (10_000 + ANALYSIS_RUNNER_DEFAULTS.graceMs) + 1_000;

async function main(): Promise<void> {
  const env = envSchema.safeParse(process.env);
  if (!env.success) {
    for (const issue of env.error.issues)
      console.error(`${issue.path.join(".")}: ${issue.message}`);
    process.exit(1);
  }
  const { PORT, HOST, ROUNDTRIP_DATASET, LOG_LEVEL, CLIENT_DIR, ANALYSIS_WORKERS, ANALYSIS_QUEUE } =
    env.data;
  const store = createDatasetStore({
    dir: env.data.ROUNDTRIP_STORE_DIR,
    writable: env.data.ROUNDTRIP_STORE === "on",
    maxTotalBytes: env.data.ROUNDTRIP_STORE_MAX_BYTES,
    maxCount: env.data.ROUNDTRIP_STORE_MAX_COUNT,
  });
  const path = ROUNDTRIP_DATASET ?? BUNDLED_DATASET_PATH;
  let loaded: Awaited<ReturnType<typeof loadDataset>>;
  try {
    loaded = await loadDataset(path);
  } catch (error) {
    if (error instanceof InvalidDatasetError) {
      console.error(`Refusing to start: ${String(path)} is not a valid dataset.\n${error.message}`);
    } else {
      console.error(`Refusing to start: cannot read ${String(path)}: ${(error as Error).message}`);
    }
    process.exit(1);
  }
  const logger = pino({ level: LOG_LEVEL });
  // Started now, before the first request: the workers load the engine while the server listens.
  const runner = createAnalysisRunner({
    ...(ANALYSIS_WORKERS !== undefined ? { concurrency: ANALYSIS_WORKERS } : {}),
    ...(ANALYSIS_QUEUE !== undefined ? { maxQueue: ANALYSIS_QUEUE } : {}),
  });
  const app = createApp({
    dataset: loaded.dataset,
    warnings: loaded.warnings,
    logger,
    runner,
    store,
    ...(CLIENT_DIR ? { clientDir: CLIENT_DIR } : {}),
    ...(ROUNDTRIP_DATASET ? { datasetSource: basename(ROUNDTRIP_DATASET) } : {}),
  });
  const server = createServer(app).listen(PORT, HOST, () => {
    const { port } = server.address() as AddressInfo;
    const local = ["127.0.0.1", "::1", "localhost", "0.0.0.0", "::"].includes(HOST);
    const host = local ? "localhost" : HOST.includes(":") ? `[${HOST}]` : HOST;
    console.log(`Roundtrip viewer: http://${host}:${port}`);
  });
  server.on("error", (error) => {
    console.error(`Cannot listen on ${HOST}:${PORT}: ${error.message}`);
    process.exit(1);
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    // No new connections; the requests in flight finish: every running or queued analysis ends
    // by its own deadline. Past SHUTDOWN_LIMIT_MS the queue is refused (503, answered) and any
    // connection left is cut.
    server.close(() => {
      void runner.close().then(() => process.exit(0));
    });
    const idle = setInterval(() => server.closeIdleConnections(), 250);
    idle.unref();
    server.closeIdleConnections();
    const force = setTimeout(() => {
      void runner.close().then(() => {
        setTimeout(() => server.closeAllConnections(), 500).unref();
      });
    }, SHUTDOWN_LIMIT_MS);
    force.unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

await main();
