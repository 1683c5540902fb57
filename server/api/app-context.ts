// What every route needs: the loaded dataset, its analyses (cached per option set, computed off the
// event loop), and the runner for posted datasets.

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
   * option set: repeated GETs skip both the analysis and JSON.stringify.
   */
  loadedJson(
    route: string,
    options: AnalysisQuery,
    key: string,
    make: (analysis: Analysis) => unknown,
  ): Promise<string>;
}

export function createAppContext(
  dataset: Dataset,
  warnings: readonly Problem[],
  runner: AnalysisRunner,
  cacheSize = 64,
): AppContext {
  const cache = createAnalysisCache<Analysis>(cacheSize);
  const bodies = createAnalysisCache<string>(cacheSize * 4);
  const analyzeLoaded = (options: AnalysisQuery, key: string) =>
    cache.get(key, () => runner.run(dataset, options));
  return {
    dataset,
    warnings,
    runner,
    analyzeLoaded,
    loadedJson: (route, options, key, make) =>
      bodies.get(`${route} ${key}`, async () =>
        JSON.stringify(make(await analyzeLoaded(options, key))),
      ),
  };
}
