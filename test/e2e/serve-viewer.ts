// Serve the built viewer and a dataset for the browser tests on an ephemeral port through the
// server's createApp; a dataset of null gives a minimal server whose /api/dataset fails.

import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";
import type { Dataset } from "@engine";
import { createApp } from "../../server/api/create-app.js";
import { createAnalysisRunner } from "../../server/api/run-analysis.js";

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

/** Static files and a failing /api/dataset: the viewer's error page. */
function failingHandler(clientDir: string) {
  return (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (path === "/api/dataset") {
      res.writeHead(503, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: "unavailable", message: "dataset not loaded" }));
      return;
    }
    const file = normalize(join(clientDir, path === "/" ? "index.html" : path));
    if (!file.startsWith(clientDir) || !existsSync(file)) {
      res.writeHead(404);
      res.end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  };
}

/** `dataset: null` makes /api/dataset fail, to test the error page. */
export async function serveViewer(
  dataset: Dataset | null,
  clientDir: string = CLIENT_DIR,
): Promise<ServedViewer> {
  const runner = dataset === null ? null : createAnalysisRunner({ concurrency: 1 });
  const handler =
    dataset === null || runner === null
      ? failingHandler(clientDir)
      : createApp({ dataset, clientDir, runner });
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
