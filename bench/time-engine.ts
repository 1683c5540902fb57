// In-process timings of the engine on one dataset file, printed as one JSON line: what the
// whole-process numbers contain besides start-up, parsing and validation.
//   time-engine cycles FILE K        → { count, truncated, loadMs, flowMs, computeMs }
//   time-engine shares FILE          → { shares, unconverged, loadMs, flowMs, computeMs }
//   time-engine share FILE ENTITY    → { share, method, loadMs, flowMs, computeMs }

import { readFile } from "node:fs/promises";
import { countCycles } from "../server/analysis/count-cycles.js";
import { computeDatasetFlowMatrix } from "../server/analysis/flow-matrix.js";
import { computeRoundTripShare } from "../server/analysis/round-trip-share.js";
import { computeRoundTripShares } from "../server/analysis/round-trip-shares.js";
import { importJson } from "../server/dataset/import-json.js";

const now = () => performance.now();

async function main(): Promise<void> {
  const [task, file, arg] = process.argv.slice(2);
  if (task === undefined || file === undefined) {
    throw new Error("usage: time-engine cycles|shares|share FILE [K|ENTITY]");
  }
  const t0 = now();
  const { dataset } = importJson(await readFile(file, "utf8"));
  const t1 = now();
  const flow = computeDatasetFlowMatrix(dataset);
  const t2 = now();
  let result: Record<string, unknown>;
  if (task === "cycles") {
    const maxLength = Number(arg);
    const { count, truncated } = countCycles(flow, {
      maxLength,
      maxCycles: Number.POSITIVE_INFINITY,
    });
    result = { count, truncated };
  } else if (task === "shares") {
    const { share, unconverged } = computeRoundTripShares(flow);
    result = { shares: Array.from(share), unconverged };
  } else if (task === "share" && arg !== undefined) {
    const { share, method } = computeRoundTripShare(flow, arg);
    result = { share, method };
  } else {
    throw new Error(`time-engine: unknown task ${JSON.stringify(task)}`);
  }
  const t3 = now();
  process.stdout.write(
    `${JSON.stringify({ ...result, loadMs: t1 - t0, flowMs: t2 - t1, computeMs: t3 - t2 })}\n`,
  );
}

await main();
