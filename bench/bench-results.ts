// The shape of one `npm run bench` run, as written to bench/results/latest.json.

import type { ApiTargetResult } from "./bench-api.js";
import type { CycleRegimeResult } from "./bench-cycles.js";
import type { OneShareResult, SharesResult } from "./bench-exposure.js";
import type { HostileLoadResult } from "./bench-hostile-load.js";
import type { StressBenchResult } from "./bench-stress.js";
import type { ViewerResult } from "./bench-viewer.js";

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  quick: boolean;
  machine: Record<string, string>;
  cycles: CycleRegimeResult[];
  cycleScaling: CycleRegimeResult[];
  shares: SharesResult[];
  oneShare: OneShareResult | null;
  /** Linear DebtRank against NEVA. */
  stress: StressBenchResult[];
  api: ApiTargetResult[] | null;
  viewer: ViewerResult | null;
  /** The server under four pathological uploaders (issue 16). */
  load: HostileLoadResult | null;
  /** Sections that could not run, with the reason. */
  skipped: Record<string, string>;
}
