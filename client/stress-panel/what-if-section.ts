// "What if this entity cannot pay?" in the entity panel: the scenario's shocked entities (this one
// and any others added), how much each fails to pay, the model and the recovery rate; the scenario
// (SPEC §6) runs in the browser and the entities hit are ranked by loss, with the capital basis
// each one uses, the system loss and DebtRank. The scenario itself is view state (and the link).

import { runScenario, SCENARIO_DEFAULTS, type ScenarioModel } from "@engine";
import { inclusionFor } from "../analyze-view.js";
import { announce } from "../announce.js";
import { el, replaceChildren } from "../dom.js";
import { formatShare, formatUsd } from "../format.js";
import { entityName } from "../names.js";
import type { ViewModel } from "../view-model.js";
import { paintLossScale } from "./loss-color.js";
import { startPlaying, stopPlaying } from "./mount-round-player.js";
import { nextPlayedRound } from "./round-player.js";
import { STEPPED_ROUNDS } from "./scenario-losses.js";
import { rankScenario } from "./scenario-ranking.js";
import { sameRun, type ViewScenario, withoutShock, withShock } from "./scenario-state.js";

/** Rows shown before "… and N more". */
const SHOWN_ROWS = 15;

/** "fails" or "pays 60.0%": a shock in words. */
const shockWords = (shock: number) => (shock === 1 ? "fails" : `pays ${formatShare(1 - shock)}`);

/** "OpenAI", "OpenAI and Oracle", "OpenAI, Oracle and CoreWeave". */
function listNames(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

export function whatIfSection(model: ViewModel, id: string): HTMLElement {
  const name = entityName(model.graph, id);
  const scenario = () => model.getState().scenario;
  /** The scenario the controls show; the section's own changes set it before dispatching. */
  let shown: ViewScenario | null = null;
  const update = (next: ViewScenario | null) => {
    shown = next;
    model.dispatch({ type: "setScenario", scenario: next });
    render();
  };

  const shockList = el("ul", { className: "what-if-shocks", attrs: { "aria-label": "Shocked" } });
  let listed = "";
  const addOther = el("select", {
    className: "what-if-add",
    attrs: { "aria-label": "Add a company to the scenario" },
  });
  addOther.addEventListener("change", () => {
    if (addOther.value !== "") update(withShock(scenario(), addOther.value, 1));
  });
  const modelSelect = el(
    "select",
    { className: "what-if-model", attrs: { "aria-label": "Model" } },
    [
      el("option", { text: "Linear DebtRank", attrs: { value: "debtrank" } }),
      el("option", { text: "Default cascade", attrs: { value: "cascade" } }),
    ],
  );
  const recovery = el("input", {
    attrs: { type: "number", min: 0, max: 100, step: 5, value: 0, "aria-label": "Recovery %" },
  });
  const options = () => {
    const current = scenario();
    if (current === null) return;
    update({
      ...current,
      model: modelSelect.value as ScenarioModel,
      recovery: Math.min(1, Math.max(0, Number(recovery.value) / 100 || 0)),
      round: null,
      playing: false,
    });
  };
  modelSelect.addEventListener("change", options);
  recovery.addEventListener("input", options);
  // Not a live region: its table would be read at every step of a slider; the summary line is
  // announced instead, once the user pauses.
  const results = el("div", { className: "what-if-results" });

  /** One row per shocked entity: its name, how much it fails to pay, and a way out. */
  const shockRow = (shockId: string, shock: number) => {
    const who = entityName(model.graph, shockId);
    const slider = el("input", {
      attrs: {
        type: "range",
        min: 0,
        max: 100,
        step: 5,
        value: Math.round(shock * 100),
        "aria-label": `Share ${who} does not pay`,
      },
    });
    const words = el("output", { className: "what-if-shock", text: shockWords(shock) });
    slider.addEventListener("input", () => {
      const share = Number(slider.value) / 100;
      words.textContent = shockWords(share);
      update(withShock(scenario(), shockId, share));
    });
    return el("li", { className: "what-if-shock-row", attrs: { "data-id": shockId } }, [
      el("span", { className: "what-if-shock-name", text: who }),
      el("label", {}, ["Unpaid ", slider]),
      words,
      el("button", {
        className: "icon-button what-if-remove",
        text: "×",
        attrs: { type: "button", "aria-label": `Remove ${who} from the scenario` },
        on: { click: () => update(withoutShock(scenario(), shockId)) },
      }),
    ]);
  };

  const start = el("button", {
    className: "chip-button what-if-start-button",
    text: `What if ${name} cannot pay?`,
    attrs: { type: "button" },
    on: { click: () => update(withShock(scenario(), id, 1)) },
  });
  const add = el("button", {
    className: "chip-button what-if-add-this",
    text: `Add ${name} to the scenario`,
    attrs: { type: "button" },
    on: { click: () => update(withShock(scenario(), id, 1)) },
  });
  const clear = el("button", {
    className: "chip-button what-if-clear",
    text: "Clear scenario",
    attrs: { type: "button" },
    on: { click: () => update(null) },
  });

  // Step through the contagion: the graph draws round k's losses; "final" the fixed point. The
  // round and whether it plays are view state (mountRoundPlayer plays): a redraw keeps both.
  let lastRound = 0;
  const roundText = el("output", { className: "what-if-round" });
  /** The readout, the step buttons and Play / Pause, as the scenario says. */
  const showRound = (current: ViewScenario) => {
    const round = current.round ?? null;
    roundText.textContent = round === null ? "final losses" : `round ${round} of ${lastRound}`;
    back.disabled = round === 0;
    forward.disabled = round === null;
    play.textContent = current.playing ? "Pause" : "Play";
  };
  /** Show `round` (and stop playing): a step of the reader's. */
  const stepTo = (round: number | null) => {
    const current = scenario();
    if (current === null) return;
    model.dispatch({ type: "setScenario", scenario: { ...current, round, playing: false } });
  };
  const shownRound = () => scenario()?.round ?? null;
  const back = el("button", {
    className: "chip-button what-if-back",
    text: "◀",
    attrs: { type: "button", "aria-label": "Previous round" },
    on: {
      click: () => stepTo(shownRound() === null ? lastRound : Math.max(0, shownRound()! - 1)),
    },
  });
  const forward = el("button", {
    className: "chip-button what-if-forward",
    text: "▶",
    attrs: { type: "button", "aria-label": "Next round" },
    on: {
      click: () => {
        const round = shownRound();
        if (round !== null) stepTo(nextPlayedRound(round, lastRound));
      },
    },
  });
  const fromStart = el("button", {
    className: "chip-button what-if-start",
    text: "From the shock",
    attrs: { type: "button" },
    on: { click: () => stepTo(0) },
  });
  // Play: round after round up to the final losses, slower under prefers-reduced-motion.
  const play = el("button", {
    className: "chip-button what-if-play",
    text: "Play",
    attrs: { type: "button", title: "Play the rounds of the contagion" },
    on: {
      click: () => {
        const state = model.getState();
        const action = stopPlaying(state) ?? startPlaying(state);
        if (action !== null) model.dispatch(action);
      },
    },
  });
  const stepper = el("div", { className: "what-if-stepper" }, [
    fromStart,
    back,
    roundText,
    forward,
    play,
  ]);
  const scale = el("span", { className: "loss-scale" });
  paintLossScale(scale);
  const legend = el("div", { className: "loss-legend", attrs: { "aria-label": "Colour scale" } }, [
    el("span", { text: "0%" }),
    scale,
    el("span", { text: "100% of capital lost · ✕ defaulted (✕2: in round 2)" }),
  ]);
  const controls = el("div", { className: "what-if-controls", attrs: { hidden: true } }, [
    shockList,
    el("div", { className: "what-if-adders" }, [add, addOther]),
    el("label", {}, ["Model ", modelSelect]),
    el("label", {}, ["Recovery % ", recovery]),
    legend,
    stepper,
    results,
    clear,
  ]);

  /** The shocked entities' rows and the list of others to add, when the set of ids changed. */
  const renderShocks = (current: ViewScenario) => {
    const ids = current.shocks.map((s) => s.id);
    const key = JSON.stringify(ids);
    if (key === listed) return;
    listed = key;
    replaceChildren(
      shockList,
      current.shocks.map((s) => shockRow(s.id, s.shock)),
    );
    const taken = new Set(ids);
    const others = model.graph
      .nodes()
      .filter((node) => !taken.has(node))
      .map((node) => ({ node, label: entityName(model.graph, node) }))
      .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
    replaceChildren(addOther, [
      el("option", { text: "Add a company…", attrs: { value: "" } }),
      ...others.map(({ node, label }) => el("option", { text: label, attrs: { value: node } })),
    ]);
    addOther.value = "";
  };

  function render(): void {
    const current = scenario();
    shown = current;
    controls.hidden = current === null;
    start.hidden = current !== null;
    if (current === null) {
      listed = "";
      return;
    }
    const known = current.shocks.filter((s) => model.graph.hasNode(s.id));
    add.hidden = current.shocks.some((s) => s.id === id);
    renderShocks(current);
    modelSelect.value = current.model;
    recovery.value = String(Math.round(current.recovery * 100));
    recovery.disabled = current.model !== "cascade";
    const state = model.getState();
    const started = performance.now();
    const result = runScenario(model.graph, {
      ...inclusionFor(state.filters, state.asOf),
      shocks: known,
      model: current.model,
      recovery: current.recovery,
      historyRounds: STEPPED_ROUNDS,
    });
    const ms = performance.now() - started;
    lastRound = (result.history?.length ?? 1) - 1;
    showRound(current);
    const shocked = new Set(known.map((s) => s.id));
    const names = listNames(known.map((s) => entityName(model.graph, s.id)));
    const ranked = rankScenario(model.graph, result, SCENARIO_DEFAULTS.capitalShare);
    const defaults = ranked.filter((row) => row.defaultRound !== null && !shocked.has(row.id));
    const summary = `System loss ${formatUsd(result.systemLossUsd)} of ${formatUsd(result.totalCapitalUsd)} capital · DebtRank ${formatShare(result.debtRank)} lost beyond the shock · ${defaults.length} other ${defaults.length === 1 ? "default" : "defaults"} · ${result.rounds} rounds${result.converged ? "" : " (not converged)"}`;
    announce(`If ${names} cannot pay: ${summary}.`);
    replaceChildren(results, [
      el("p", {
        className: "what-if-summary",
        attrs: { "data-debt-rank": result.debtRank, "data-ms": ms.toFixed(1) },
        text: summary,
      }),
      el("table", { className: "deal-table what-if-table" }, [
        el("caption", { className: "visually-hidden", text: `Who is hurt if ${names} cannot pay` }),
        el("thead", {}, [
          el("tr", {}, [
            el("th", { text: "Entity", attrs: { scope: "col" } }),
            el("th", { text: "Loss", attrs: { scope: "col", class: "num" } }),
            el("th", { text: "Of capital", attrs: { scope: "col", class: "num" } }),
            el("th", { text: "Defaulted", attrs: { scope: "col" } }),
          ]),
        ]),
        el(
          "tbody",
          {},
          ranked.slice(0, SHOWN_ROWS).map((row) =>
            el("tr", { attrs: { "data-id": row.id } }, [
              el("td", {}, [
                el("button", {
                  className: "link-button",
                  text: row.name,
                  attrs: {
                    type: "button",
                    title: `Capital ${formatUsd(row.capitalUsd)}: ${row.capitalBasis}`,
                  },
                  on: {
                    click: () =>
                      model.dispatch({ type: "select", item: { kind: "entity", id: row.id } }),
                  },
                }),
              ]),
              el("td", { className: "num", text: formatUsd(row.lossUsd) }),
              el("td", { className: "num", text: formatShare(row.relativeLoss) }),
              el("td", {
                text:
                  row.defaultRound === null
                    ? ""
                    : row.defaultRound === 0
                      ? "shocked"
                      : `round ${row.defaultRound}`,
              }),
            ]),
          ),
        ),
      ]),
      ranked.length > SHOWN_ROWS
        ? el("p", { className: "muted", text: `… and ${ranked.length - SHOWN_ROWS} more hit.` })
        : null,
      el("p", {
        className: "muted",
        text: "Capital: book equity where the dataset gives it, else 25% of the company's deal throughput. Only the deals in the graph count. See the methodology.",
      }),
    ]);
  }

  const section = el("section", { className: "what-if" }, [
    el("h3", { text: "Stress scenario" }),
    start,
    controls,
  ]);
  // A scenario already on (a permalink, another entity's panel): show it; and follow changes made
  // elsewhere (back / forward) until the entity panel replaces this section.
  render();
  let attached = false;
  const unsubscribe = model.subscribe((state) => {
    if (!section.isConnected) {
      if (attached) unsubscribe();
      return;
    }
    attached = true;
    if (state.scenario === shown) return;
    // Another round, or play / pause: the same losses, only the stepper changes.
    if (state.scenario !== null && shown !== null && sameRun(state.scenario, shown)) {
      shown = state.scenario;
      showRound(state.scenario);
    } else render();
  });
  return section;
}
