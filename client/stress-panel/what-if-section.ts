// "What if this entity cannot pay?" in the entity panel: choose how much it fails to pay, the
// model and the recovery rate; the scenario (SPEC §6) runs in the browser and the entities hit
// are ranked by loss, with the capital basis each one uses, the system loss and DebtRank.

import { runScenario, SCENARIO_DEFAULTS, type ScenarioModel } from "@engine";
import { inclusionFor } from "../analyze-view.js";
import { el, replaceChildren } from "../dom.js";
import { formatShare, formatUsd } from "../format.js";
import { entityName } from "../names.js";
import type { ViewModel } from "../view-model.js";
import { LOSS_GRADIENT } from "./loss-color.js";
import { STEPPED_ROUNDS } from "./scenario-losses.js";
import { rankScenario } from "./scenario-ranking.js";

/** Rows shown before "… and N more". */
const SHOWN_ROWS = 15;

export function whatIfSection(model: ViewModel, id: string): HTMLElement {
  const name = entityName(model.graph, id);
  const shock = el("input", {
    attrs: { type: "range", min: 0, max: 100, step: 5, value: 100, "aria-label": "Share unpaid" },
  });
  const shockText = el("output", { className: "what-if-shock" });
  const modelSelect = el("select", { attrs: { "aria-label": "Model" } }, [
    el("option", { text: "Linear DebtRank", attrs: { value: "debtrank" } }),
    el("option", { text: "Default cascade", attrs: { value: "cascade" } }),
  ]);
  const recovery = el("input", {
    attrs: { type: "number", min: 0, max: 100, step: 5, value: 0, "aria-label": "Recovery %" },
  });
  const results = el("div", { className: "what-if-results", attrs: { "aria-live": "polite" } });

  const run = () => {
    const share = Number(shock.value) / 100;
    const modelChoice = modelSelect.value as ScenarioModel;
    const rate = Math.min(1, Math.max(0, Number(recovery.value) / 100 || 0));
    // The scenario is view state: the graph colours by it and the permalink carries it.
    model.dispatch({
      type: "setScenario",
      scenario: { shocks: [{ id, shock: share }], model: modelChoice, recovery: rate },
    });
    shockText.textContent = share === 1 ? "fails" : `pays ${formatShare(1 - share)}`;
    const state = model.getState();
    recovery.disabled = modelChoice !== "cascade";
    const started = performance.now();
    const result = runScenario(model.graph, {
      ...inclusionFor(state.filters, state.asOf),
      shocks: [{ id, shock: share }],
      model: modelChoice,
      recovery: rate,
      historyRounds: STEPPED_ROUNDS,
    });
    lastRound = (result.history?.length ?? 1) - 1;
    showRound(null);
    const ms = performance.now() - started;
    const ranked = rankScenario(model.graph, result, SCENARIO_DEFAULTS.capitalShare);
    const defaults = ranked.filter((row) => row.defaultRound !== null && row.id !== id).length;
    replaceChildren(results, [
      el("p", {
        className: "what-if-summary",
        attrs: { "data-debt-rank": result.debtRank, "data-ms": ms.toFixed(1) },
        text: `System loss ${formatUsd(result.systemLossUsd)} of ${formatUsd(result.totalCapitalUsd)} capital · DebtRank ${formatShare(result.debtRank)} lost beyond the shock · ${defaults} other ${defaults === 1 ? "default" : "defaults"} · ${result.rounds} rounds${result.converged ? "" : " (not converged)"}`,
      }),
      el("table", { className: "deal-table what-if-table" }, [
        el("caption", { className: "visually-hidden", text: `Who is hurt if ${name} cannot pay` }),
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
  };
  for (const input of [shock, modelSelect, recovery]) input.addEventListener("input", run);
  modelSelect.addEventListener("change", run);
  const start = el("button", {
    className: "chip-button",
    text: `What if ${name} cannot pay?`,
    attrs: { type: "button", "aria-expanded": "false" },
  });
  const clear = el("button", {
    className: "chip-button what-if-clear",
    text: "Clear scenario",
    attrs: { type: "button" },
  });
  // Step through the contagion: the graph draws round k's losses; "final" the fixed point.
  let lastRound = 0;
  const roundText = el("output", { className: "what-if-round" });
  const showRound = (round: number | null) => {
    roundText.textContent = round === null ? "final losses" : `round ${round} of ${lastRound}`;
    back.disabled = round === 0;
    forward.disabled = round === null;
  };
  const stepTo = (round: number | null) => {
    const scenario = model.getState().scenario;
    if (scenario === null) return;
    model.dispatch({ type: "setScenario", scenario: { ...scenario, round } });
    showRound(round);
  };
  const shownRound = () => model.getState().scenario?.round ?? null;
  const back = el("button", {
    className: "chip-button what-if-back",
    text: "◀",
    attrs: { type: "button", "aria-label": "Previous round" },
    on: { click: () => stepTo(shownRound() === null ? lastRound : Math.max(0, shownRound()! - 1)) },
  });
  const forward = el("button", {
    className: "chip-button what-if-forward",
    text: "▶",
    attrs: { type: "button", "aria-label": "Next round" },
    on: {
      click: () => {
        const round = shownRound();
        if (round !== null) stepTo(round + 1 > lastRound ? null : round + 1);
      },
    },
  });
  const fromStart = el("button", {
    className: "chip-button what-if-start",
    text: "From the shock",
    attrs: { type: "button" },
    on: { click: () => stepTo(0) },
  });
  const stepper = el("div", { className: "what-if-stepper" }, [
    fromStart,
    back,
    roundText,
    forward,
  ]);
  // Set through the CSSOM: the page's CSP allows no inline style attributes.
  const scale = el("span", { className: "loss-scale" });
  scale.style.background = LOSS_GRADIENT;
  const legend = el("div", { className: "loss-legend", attrs: { "aria-label": "Colour scale" } }, [
    el("span", { text: "0%" }),
    scale,
    el("span", { text: "100% of capital lost · ✕ defaulted" }),
  ]);
  const controls = el("div", { className: "what-if-controls", attrs: { hidden: true } }, [
    el("label", {}, ["Unpaid ", shock, " ", shockText]),
    el("label", {}, ["Model ", modelSelect]),
    el("label", {}, ["Recovery % ", recovery]),
    legend,
    stepper,
    results,
    clear,
  ]);
  const open = (show: boolean) => {
    controls.hidden = !show;
    start.setAttribute("aria-expanded", String(show));
  };
  start.addEventListener("click", () => {
    const show = controls.hidden !== false;
    open(show);
    if (show) run();
  });
  clear.addEventListener("click", () => {
    open(false);
    model.dispatch({ type: "setScenario", scenario: null });
  });
  // A scenario of this entity already on (a permalink, or back to its panel): show it.
  const current = model.getState().scenario;
  const mine = current?.shocks.length === 1 ? current.shocks.find((s) => s.id === id) : undefined;
  if (current && mine) {
    shock.value = String(Math.round(mine.shock * 100));
    modelSelect.value = current.model;
    recovery.value = String(Math.round(current.recovery * 100));
    open(true);
    queueMicrotask(run);
  }
  return el("section", { className: "what-if" }, [
    el("h3", { text: "Stress scenario" }),
    start,
    controls,
  ]);
}
