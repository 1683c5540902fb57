// Serve the built viewer and a dataset for the browser tests on an ephemeral port: through the
// server's createApp when it exists, else a minimal static server with GET /api/dataset.

import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import type { Dataset } from "@engine";

export const CLIENT_DIR = resolve("dist/client");

export interface ServedViewer {
  url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

type AppFactory = (options: {
  dataset: Dataset;
  clientDir: string;
}) => (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => void;

async function loadCreateApp(): Promise<AppFactory | null> {
  if (!existsSync("server/api/create-app.ts")) return null;
  // A computed specifier: the file may not exist yet when this helper is type-checked.
  const specifier = "../../server/api/create-app.js";
  const module = (await import(specifier)) as { createApp?: AppFactory };
  return module.createApp ?? null;
}

function staticHandler(dataset: Dataset | null) {
  return (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (path === "/api/dataset") {
      if (dataset === null) {
        res.writeHead(503, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: "unavailable", message: "dataset not loaded" }));
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(dataset));
      return;
    }
    const file = normalize(join(CLIENT_DIR, path === "/" ? "index.html" : path));
    if (!file.startsWith(CLIENT_DIR) || !existsSync(file)) {
      res.writeHead(404);
      res.end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  };
}

/** `dataset: null` makes /api/dataset fail, to test the error page. */
export async function serveViewer(dataset: Dataset | null): Promise<ServedViewer> {
  const createApp = dataset === null ? null : await loadCreateApp();
  const handler = createApp
    ? createApp({ dataset: dataset!, clientDir: CLIENT_DIR })
    : staticHandler(dataset);
  const server: Server = createServer(handler);
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
