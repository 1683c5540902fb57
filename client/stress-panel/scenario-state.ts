// The what-if scenario as view state (issue 13): who cannot pay and how much, the model and the
// recovery rate; and its place in the permalink, `shock=openai:1,oracle:0.5&model=debtrank`.

import { SCENARIO_MODELS, type ScenarioModel, type Shock } from "@engine";

export interface ViewScenario {
  readonly shocks: readonly Shock[];
  readonly model: ScenarioModel;
  /** Cascade only, in [0, 1]. */
  readonly recovery: number;
  /** The round drawn while stepping through the contagion; absent or null: the final losses. */
  readonly round?: number | null;
  /**
   * Whether the rounds are playing (mountRoundPlayer advances `round`). View state, not the DOM:
   * a redraw of the entity panel keeps the play going. Not part of the link.
   */
  readonly playing?: boolean;
}

/** Whether two scenarios compute the same losses (they may show another round, or play). */
export function sameRun(a: ViewScenario | null, b: ViewScenario | null): boolean {
  return (
    a === b ||
    (a !== null &&
      b !== null &&
      a.shocks === b.shocks &&
      a.model === b.model &&
      a.recovery === b.recovery)
  );
}

/** Write the scenario into link parameters (nothing when there is none). */
export function encodeScenario(params: URLSearchParams, scenario: ViewScenario | null): void {
  if (scenario === null || scenario.shocks.length === 0) return;
  // Ids escaped, so that a comma or colon in an id cannot split it; "openai:1,oracle:0.5" reads too.
  const list = scenario.shocks.map(({ id, shock }) => `${encodeURIComponent(id)}:${shock}`);
  params.set("shock", list.join(","));
  params.set("model", scenario.model);
  if (scenario.recovery > 0) params.set("recovery", String(scenario.recovery));
}

function unescapeId(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Read a scenario from link parameters; malformed parts are dropped, no shock means none. */
export function decodeScenario(params: URLSearchParams): ViewScenario | null {
  const raw = params.get("shock");
  if (raw === null) return null;
  const shocks: Shock[] = [];
  for (const part of raw.split(",")) {
    const at = part.lastIndexOf(":");
    const id = unescapeId(at < 0 ? part : part.slice(0, at));
    const shock = at < 0 ? 1 : Number(part.slice(at + 1));
    if (id === "" || !(shock >= 0 && shock <= 1) || shocks.some((s) => s.id === id)) continue;
    shocks.push({ id, shock });
  }
  if (shocks.length === 0) return null;
  const model = params.get("model");
  const recovery = Number(params.get("recovery") ?? 0);
  return {
    shocks,
    model: (SCENARIO_MODELS as readonly string[]).includes(model ?? "")
      ? (model as ScenarioModel)
      : "debtrank",
    recovery: recovery >= 0 && recovery <= 1 ? recovery : 0,
  };
}

/** The scenario with `id` shocked by `shock` (added at the end, or its share changed in place). */
export function withShock(scenario: ViewScenario | null, id: string, shock: number): ViewScenario {
  const share = Math.min(1, Math.max(0, Number.isFinite(shock) ? shock : 1));
  const base = scenario ?? { shocks: [], model: "debtrank" as const, recovery: 0 };
  const at = base.shocks.findIndex((s) => s.id === id);
  const shocks =
    at < 0
      ? [...base.shocks, { id, shock: share }]
      : base.shocks.map((s, i) => (i === at ? { id, shock: share } : s));
  // A new shock set starts from its final losses, not a round of the previous one.
  return { ...base, shocks, round: null, playing: false };
}

/** The scenario without `id`; null when no shock is left. */
export function withoutShock(scenario: ViewScenario | null, id: string): ViewScenario | null {
  if (scenario === null) return null;
  const shocks = scenario.shocks.filter((s) => s.id !== id);
  return shocks.length === 0 ? null : { ...scenario, shocks, round: null, playing: false };
}
