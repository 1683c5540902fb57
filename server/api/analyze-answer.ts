// The answer of POST /api/analyze (SPEC §5 output): cycles, exposure, counterparty exposure,
// summary, and the reading's warnings followed by the analysis's own.

import type { Analysis } from "../analysis/analyze-dataset.js";
import type { Problem } from "../analysis/types.js";

export interface AnalyzeAnswer {
  cycles: Analysis["cycles"];
  exposure: Analysis["exposure"];
  counterpartyExposure: Analysis["counterpartyExposure"];
  summary: Analysis["summary"];
  warnings: Problem[];
}

export function analyzeAnswer(analysis: Analysis, readWarnings: readonly Problem[]): AnalyzeAnswer {
  return {
    cycles: analysis.cycles,
    exposure: analysis.exposure,
    counterpartyExposure: analysis.counterpartyExposure,
    summary: analysis.summary,
    warnings: [...readWarnings, ...analysis.warnings],
  };
}
