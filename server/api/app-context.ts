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
}

export function createAppContext(
  dataset: Dataset,
  warnings: readonly Problem[],
  runner: AnalysisRunner,
  cacheSize = 64,
): AppContext {
  const cache = createAnalysisCache<Analysis>(cacheSize);
  return {
    dataset,
    warnings,
    runner,
    analyzeLoaded: (options, key) => cache.get(key, () => runner.run(dataset, options)),
  };
}
