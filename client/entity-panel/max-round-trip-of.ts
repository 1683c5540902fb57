// The max round-trip of one entity for the entity panel: from its exposure row when the analysis
// computed it, otherwise (large networks leave it out) one max-flow now, remembered per analysis.

import { computeMaxRoundTrip, type MaxRoundTrip } from "@engine";
import type { ViewAnalysis } from "../analyze-view.js";

const computed = new WeakMap<ViewAnalysis["flow"], Map<string, MaxRoundTrip>>();

/** null when the entity is not in the flow matrix. */
export function maxRoundTripOf(
  analysis: ViewAnalysis,
  id: string,
): Pick<MaxRoundTrip, "maxRoundTripUsd" | "bottleneckDeals"> | null {
  const row = analysis.exposureById.get(id);
  if (row && row.maxRoundTripUsd !== null && row.bottleneckDeals !== null) {
    return { maxRoundTripUsd: row.maxRoundTripUsd, bottleneckDeals: row.bottleneckDeals };
  }
  if (!analysis.flow.indexOf.has(id)) return null;
  let byId = computed.get(analysis.flow);
  if (!byId) {
    byId = new Map();
    computed.set(analysis.flow, byId);
  }
  let result = byId.get(id);
  if (!result) {
    result = computeMaxRoundTrip(analysis.flow, id);
    byId.set(id, result);
  }
  return result;
}
