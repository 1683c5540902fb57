// The Express application: security headers, compression, the API routes, the built viewer as
// static files, one error middleware. It never listens (main.ts does).

import { existsSync } from "node:fs";
import { resolve } from "node:path";
import compression from "compression";
import express, { type Express, type Request, type RequestHandler, type Response } from "express";
import { rateLimit } from "express-rate-limit";
import helmet from "helmet";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import type { Dataset, Problem } from "../analysis/types.js";
import { BUNDLED_SOURCE } from "../dataset/export-view.js";
import { createAppContext } from "./app-context.js";
import { declaredTooLarge, tooLargeBody } from "./create-server.js";
import { type DatasetStore, NO_DATASET_STORE } from "./dataset-store.js";
import { errorHandler } from "./error-handler.js";
import { RateLimitedError, RouteNotFoundError } from "./http-errors.js";
import { limitPerClient } from "./limit-per-client.js";
import { createLoadedLayout } from "./loaded-layout.js";
import { OPENAPI_DOCUMENT } from "./openapi.js";
import { analysisRoutes } from "./routes/analysis.js";
import { analyzeRoutes } from "./routes/analyze.js";
import { datasetRoutes } from "./routes/dataset.js";
import { datasetStoreRoutes } from "./routes/datasets.js";
import { entityRoutes } from "./routes/entities.js";
import { exportRoutes } from "./routes/export.js";
import { healthRoutes } from "./routes/health.js";
import { historyRoutes } from "./routes/history.js";
import { methodologyRoutes } from "./routes/methodology.js";
import { stressRoutes } from "./routes/stress.js";
import { type AnalysisRunner, createAnalysisRunner } from "./run-analysis.js";

export interface CreateAppOptions {
  dataset: Dataset;
  warnings?: readonly Problem[];
  /** The built viewer (vite → dist/client). */
  clientDir?: string;
  /** One line per request when given. */
  logger?: Logger;
  /** Runs analyses in worker threads; one is made when not given. */
  runner?: AnalysisRunner;
  /** POST requests allowed per client per minute. */
  postRequestsPerMinute?: number;
  /** POST requests one client may have in flight at once (default 3). */
  postsInFlightPerClient?: number;
  /** Saved uploads; without one the app saves nothing (a read-only store with nothing in it). */
  store?: DatasetStore;
  /** Where the dataset came from, for the credit line of exported pictures. */
  datasetSource?: string;
  /** docs/METHODOLOGY.md, served as text at /methodology (the repository's copy when not given). */
  methodologyPath?: string | URL;
}

export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** Strict, but lets the viewer work: sigma's WebGL, ForceAtlas2's blob worker, PNG export. */
export const CONTENT_SECURITY_POLICY = Object.freeze({
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", "data:", "blob:"],
  workerSrc: ["'self'", "blob:"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", "data:"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
});

/**
 * The /embed page may be framed by any site: the same policy but `frame-ancestors *`, and no
 * X-Frame-Options. Every other page keeps refusing frames.
 */
export const EMBED_CONTENT_SECURITY_POLICY = Object.freeze({
  ...CONTENT_SECURITY_POLICY,
  frameAncestors: ["*"],
});

/** The embeddable page's path (the viewer in embed mode, same URL hash as the permalink). */
export const EMBED_PATH = "/embed";

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Roundtrip</title></head>
<body><h1>Roundtrip</h1><p>The viewer is not built yet. Run <code>npm run build</code>, then restart
the server. The API is live: <a href="/api/health">/api/health</a>,
<a href="/api/openapi.json">/api/openapi.json</a>.</p></body></html>
`;

/**
 * A declared Content-Length over the limit is refused before a byte of the body is read (the
 * parser would read, and drain, all of it first); the connection is closed after the answer.
 */
const refuseDeclaredTooLarge: RequestHandler = (request, response, next) => {
  if (!declaredTooLarge(request, MAX_BODY_BYTES)) {
    next();
    return;
  }
  response.set("Connection", "close");
  response.status(413).json(tooLargeBody(MAX_BODY_BYTES));
};

export function createApp(options: CreateAppOptions): Express {
  const runner = options.runner ?? createAnalysisRunner();
  const context = createAppContext(options.dataset, options.warnings ?? [], runner);
  const clientDir = resolve(options.clientDir ?? "dist/client");
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  if (options.logger) {
    app.use(
      pinoHttp({
        logger: options.logger,
        // NOTE: unwrapped, the serializers read the request and response themselves; pino-http's
        // wrappers first copy every header of both, a fifth of a cached GET's cost.
        wrapSerializers: false,
        serializers: {
          req: (req: Request) => ({ method: req.method, url: req.originalUrl }),
          res: (res: Response) => ({ statusCode: res.statusCode }),
        },
      }),
    );
  }
  const pageHeaders = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  });
  const embedHeaders = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: EMBED_CONTENT_SECURITY_POLICY },
    xFrameOptions: false,
  });
  app.use((request, response, next) =>
    (request.path === EMBED_PATH ? embedHeaders : pageHeaders)(request, response, next),
  );
  // The analyses' bodies are compressed once each and kept (send-serialized): ahead of the
  // per-response compression middleware, which every other route goes through.
  app.use(analysisRoutes(context));
  app.use(compression());

  const postLimiter = rateLimit({
    windowMs: 60_000,
    limit: options.postRequestsPerMinute ?? 60,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    handler: (_request, _response, next) => {
      next(new RateLimitedError("too many POST requests; retry after a minute"));
    },
  });
  const body = express.raw({ type: () => true, limit: MAX_BODY_BYTES });
  const fair = limitPerClient(options.postsInFlightPerClient ?? 3, () => runner.estimateWaitMs());
  app.post(
    ["/api/analyze", "/api/export", "/api/datasets", "/api/stress"],
    refuseDeclaredTooLarge,
    postLimiter,
    fair,
    body,
  );

  app.use(healthRoutes(context));
  app.use(datasetRoutes(context));
  app.use(datasetStoreRoutes(context, options.store ?? NO_DATASET_STORE));
  app.use(entityRoutes(context));
  app.use(analyzeRoutes(context));
  app.use(stressRoutes(context));
  app.use(historyRoutes(context));
  app.use(
    exportRoutes(
      context,
      createLoadedLayout(options.dataset, clientDir),
      options.datasetSource ?? BUNDLED_SOURCE,
    ),
  );
  app.get("/api/openapi.json", (_request, response) => {
    response.json(OPENAPI_DOCUMENT);
  });
  app.use(methodologyRoutes(options.methodologyPath));
  app.use("/api", (request) => {
    throw new RouteNotFoundError(`no route ${request.method} ${request.originalUrl}`);
  });

  if (existsSync(resolve(clientDir, "index.html"))) {
    // The viewer's own page, which switches to embed mode by its path.
    app.get(EMBED_PATH, (_request, response) => {
      response.sendFile(resolve(clientDir, "index.html"));
    });
    app.use(
      express.static(clientDir, { dotfiles: "ignore", index: "index.html", redirect: false }),
    );
  } else {
    app.get("/", (_request, response) => {
      response.type("html").send(NOT_BUILT_PAGE);
    });
  }
  app.use((request) => {
    throw new RouteNotFoundError(`no route ${request.method} ${request.path}`);
  });
  app.use(errorHandler(options.logger));
  return app;
}
