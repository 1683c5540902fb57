// What every route needs: the loaded dataset, its analyses (cached per option set, computed off the
// event loop), and the runner for posted datasets.

import { createHash } from "node:crypto";
import type { Analysis } from "../analysis/analyze-dataset.js";
import type { Dataset, Problem } from "../analysis/types.js";
import { createAnalysisCache } from "./analysis-cache.js";
import type { AnalysisQuery } from "./parse-analysis-query.js";
import type { AnalysisRunner } from "./run-analysis.js";

export interface AppContext {
  readonly dataset: Dataset;
  readonly warnings: readonly Problem[];
  readonly runner: AnalysisRunner;
  /** The analysis of the loaded dataset under these options (cached by `key`). */
  analyzeLoaded(options: AnalysisQuery, key: string): Promise<Analysis>;
  /**
   * A response body derived from the loaded dataset's analysis, serialized once per route and
   * option set with its ETag: repeated GETs skip the analysis, JSON.stringify and hashing.
   */
  loadedJson(
    route: string,
    options: AnalysisQuery,
    key: string,
    make: (analysis: Analysis) => unknown,
  ): Promise<SerializedBody>;
}

export interface SerializedBody {
  readonly body: Buffer;
  /** A strong validator of `body`, set before sending so express does not hash it again. */
  readonly etag: string;
}

function serialize(value: unknown): SerializedBody {
  const body = Buffer.from(JSON.stringify(value));
  const hash = createHash("sha1").update(body).digest("base64url");
  return { body, etag: `"${body.length.toString(16)}-${hash}"` };
}

export function createAppContext(
  dataset: Dataset,
  warnings: readonly Problem[],
  runner: AnalysisRunner,
  cacheSize = 64,
): AppContext {
  const cache = createAnalysisCache<Analysis>(cacheSize);
  const bodies = createAnalysisCache<SerializedBody>(cacheSize * 4);
  const analyzeLoaded = (options: AnalysisQuery, key: string) =>
    cache.get(key, () => runner.run(dataset, options));
  return {
    dataset,
    warnings,
    runner,
    analyzeLoaded,
    loadedJson: (route, options, key, make) =>
      bodies.get(`${route} ${key}`, async () => serialize(make(await analyzeLoaded(options, key)))),
  };
}
