// The Trend tab's readout: which history point the marks show. SPEC §7's history ends at the
// quarter of the latest deal, not at today, so the last point says that, not "today".

import { formatDate } from "../format.js";

/**
 * `point`: the history point marked (null before the first quarter end); `asOf`: the timeline's
 * date (null: no date set, every deal counts, and the last point is marked).
 */
export function trendReadout(point: { asOf: string } | null, asOf: string | null): string {
  if (point === null) return "Before the first quarter end";
  const quarter = `Quarter ending ${formatDate(point.asOf)}`;
  if (asOf === null) return `${quarter}: the latest deal's quarter, every dated deal counted`;
  if (asOf === point.asOf) return quarter;
  return `${quarter}, the last quarter end on or before ${formatDate(asOf)}`;
}
