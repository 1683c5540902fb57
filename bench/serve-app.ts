// A server for the API benchmark, run as a child process so that autocannon and the server do not
// share an event loop: `serve-app app` serves createApp over the curated dataset, `serve-app hello`
// a bare express route (the ceiling), `serve-app app-logged` the app with request logging; `serve-app viewer` is `app` for the browser benchmark. Listens on 127.0.0.1, an ephemeral port, printed as JSON.

import express from "express";
import { pino } from "pino";
import { createApp } from "../server/api/create-app.js";
import { loadDataset } from "../server/dataset/load-dataset.js";

async function main(): Promise<void> {
  const mode = process.argv[2];
  let app: express.Express;
  if (mode === "hello") {
    app = express();
    app.get("/hello", (_req, res) => {
      res.json({ hello: "world" });
    });
  } else if (mode === "app" || mode === "app-logged" || mode === "viewer") {
    const { dataset, warnings } = await loadDataset();
    // `app-logged` logs every request as `npm start` does (pino at info, synchronous writes),
    // into /dev/null rather than our stdout, which carries the port.
    const logger =
      mode === "app-logged"
        ? { logger: pino({ level: "info" }, pino.destination({ dest: "/dev/null", sync: true })) }
        : {};
    // NOTE: the POST rate limit (60/min per client by default) is lifted: autocannon is one client,
    // and the benchmark measures analysis throughput, not the limiter's 429s.
    // The browser benchmark drives the viewer through its test hook: the test build carries it.
    const client = mode === "viewer" ? { clientDir: "dist/client-test" } : {};
    app = createApp({ dataset, warnings, postRequestsPerMinute: 1e9, ...logger, ...client });
  } else {
    throw new Error(`serve-app: expected "app" or "hello", received ${JSON.stringify(mode)}`);
  }
  const server = app.listen(0, "127.0.0.1", () => {
    const address = server.address();
    const port = typeof address === "object" && address !== null ? address.port : 0;
    process.stdout.write(`${JSON.stringify({ port })}\n`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on("SIGTERM", stop);
  // The benchmark holds our stdin open: when it goes away, so do we.
  process.stdin.on("end", stop).resume();
}

await main();
