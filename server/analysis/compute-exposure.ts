// The per-entity exposure report (SPEC §4–§5): round-trip share and dollars, max round-trip with its
// bottleneck deals, inflow concentration and vendor-financed share — one row per entity, id order.

import { stronglyConnectedComponents } from "./components.js";
import { concentrationAt } from "./concentration.js";
import { UnknownEntityError } from "./errors.js";
import type { FlowMatrix } from "./flow-matrix.js";
import { type MaxRoundTrip, maxRoundTripAt } from "./max-round-trip.js";
import { computeMaxRoundTrips } from "./max-round-trips.js";
import { positiveFlow } from "./positive-flow.js";
import { ROUND_TRIP_DEFAULTS, type RoundTripOptions } from "./round-trip-options.js";
import { computeRoundTripShare } from "./round-trip-share.js";
import { computeRoundTripShares, type RoundTripShares } from "./round-trip-shares.js";
import type { Problem } from "./types.js";
import { vendorFinancedShareAt } from "./vendor-financed-share.js";

export interface EntityExposure {
  readonly id: string;
  readonly outflowUsd: number;
  readonly inflowUsd: number;
  /** r(x): share of x's outflow that comes back to x (pass-through model). */
  readonly roundTripShare: number;
  /** r(x)·out(x). */
  readonly roundTripUsd: number;
  /** Maximum flow from x back to x. */
  readonly maxRoundTripUsd: number;
  /** Deals on the minimum cut of that flow, sorted. */
  readonly bottleneckDeals: readonly string[];
  /** Finn's per-node cycling θ(x)·r(x): the share of max(in, out) that cycles. */
  readonly returnProbability: number;
  /** The largest payer of x, null when nothing flows in. */
  readonly topCounterparty: string | null;
  readonly topCounterpartyShare: number;
  readonly vendorFinancedShare: number;
}

/** A row without the max round-trip (`maxRoundTrip: false`): left to be computed on demand. */
export type EntityExposureWithoutMax = Omit<
  EntityExposure,
  "maxRoundTripUsd" | "bottleneckDeals"
> & {
  readonly maxRoundTripUsd: null;
  readonly bottleneckDeals: null;
};

export interface ExposureReportOf<Row> {
  readonly entities: readonly Row[];
  /** Solves that hit their iteration cap (their shares are lower bounds). */
  readonly warnings: readonly Problem[];
}
export type ExposureReport = ExposureReportOf<EntityExposure>;

export interface ExposureOptions extends RoundTripOptions {
  /** Compute only this entity (fast path); null for all. */
  entity: string | null;
  /**
   * Compute the max round-trip (one max-flow per entity: the slowest part on large networks);
   * false leaves it and its bottleneck deals null in every row.
   */
  maxRoundTrip: boolean;
}

export const EXPOSURE_DEFAULTS: Readonly<ExposureOptions> = Object.freeze({
  ...ROUND_TRIP_DEFAULTS,
  entity: null,
  maxRoundTrip: true,
});

const NO_MAX_ROUND_TRIP = Object.freeze({ maxRoundTripUsd: null, bottleneckDeals: null });

/** Exposure rows for every entity, or only `options.entity`; pass `shares` when already computed. */
export function computeExposure(
  flow: FlowMatrix,
  options: Partial<ExposureOptions> & { maxRoundTrip: false },
  shares?: RoundTripShares,
  since?: number,
): ExposureReportOf<EntityExposureWithoutMax>;
export function computeExposure(
  flow: FlowMatrix,
  options?: Partial<ExposureOptions> & { maxRoundTrip?: true },
  shares?: RoundTripShares,
  since?: number,
): ExposureReport;
export function computeExposure(
  flow: FlowMatrix,
  options: Partial<ExposureOptions> = {},
  shares?: RoundTripShares,
  /** When exposureBudgetMs started (performance.now()), shares included; now by default. */
  since = performance.now(),
): ExposureReportOf<EntityExposure | EntityExposureWithoutMax> {
  const { entity, maxRoundTrip, ...roundTripOptions } = { ...EXPOSURE_DEFAULTS, ...options };
  const positive = positiveFlow(flow);
  const components = stronglyConnectedComponents(positive);
  const warnings: Problem[] = [];
  const unconvergedWarning = (id: string) =>
    warnings.push({
      path: `exposure.${id}`,
      message: `round-trip share of ${JSON.stringify(id)} did not converge within ${roundTripOptions.maxIterations} iterations; it is a lower bound`,
    });

  if (entity !== null) {
    const x = flow.indexOf.get(entity);
    if (x === undefined) throw new UnknownEntityError("computeExposure", entity);
    const share = computeRoundTripShare(flow, entity, roundTripOptions);
    if (!share.converged) unconvergedWarning(entity);
    const max = maxRoundTrip
      ? maxRoundTripAt(positive, components.componentOf, x)
      : NO_MAX_ROUND_TRIP;
    return {
      entities: [exposureRow(flow, x, max, share.share, share.returnProbability)],
      warnings,
    };
  }
  // One budget for the step, from `since`: the shares, then the max round-trips.
  const { share, returnProbability, unconverged } =
    shares ?? computeRoundTripShares(flow, roundTripOptions, since);
  for (const id of unconverged) unconvergedWarning(id);
  const maxRoundTrips = maxRoundTrip
    ? computeMaxRoundTrips(positive, components, roundTripOptions.exposureBudgetMs, since)
    : null;
  const entities: (EntityExposure | EntityExposureWithoutMax)[] = [];
  for (let x = 0; x < flow.n; x++) {
    const max = maxRoundTrips?.[x] ?? NO_MAX_ROUND_TRIP;
    entities.push(exposureRow(flow, x, max, share[x]!, returnProbability[x]!));
  }
  return { entities, warnings };
}

function exposureRow(
  flow: FlowMatrix,
  x: number,
  maxRoundTrip: MaxRoundTrip | typeof NO_MAX_ROUND_TRIP,
  roundTripShare: number,
  returnProbability: number,
): EntityExposure | EntityExposureWithoutMax {
  const outflowUsd = flow.outflowUsd[x]!;
  const concentration = concentrationAt(flow, x);
  return {
    id: flow.ids[x]!,
    outflowUsd,
    inflowUsd: flow.inflowUsd[x]!,
    roundTripShare,
    roundTripUsd: roundTripShare * outflowUsd,
    maxRoundTripUsd: maxRoundTrip.maxRoundTripUsd,
    bottleneckDeals: maxRoundTrip.bottleneckDeals,
    returnProbability,
    topCounterparty: concentration.topCounterparty,
    topCounterpartyShare: concentration.topCounterpartyShare,
    vendorFinancedShare: vendorFinancedShareAt(flow, x),
    // Both max fields come from one value: numbers together, or null together.
  } as EntityExposure | EntityExposureWithoutMax;
}
