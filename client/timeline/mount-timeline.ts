// The timeline: an "as of" slider over the deal dates with play, so the network and every figure
// grow deal by deal from the first deal to today.

import type { ViewAnalysis } from "../analyze-view.js";
import { el } from "../dom.js";
import { formatDate, plural } from "../format.js";
import type { ViewModel } from "../view-model.js";

/** Milliseconds between steps while playing. */
export const PLAY_STEP_MS = 450;

/** The slider position of a date: the last stop on or before it; the end means "all". */
export function timelineIndex(dates: readonly string[], asOf: string | null): number {
  if (asOf === null) return dates.length;
  let index = 0;
  for (let i = 0; i < dates.length; i++) if (dates[i]! <= asOf) index = i;
  return index;
}

export function mountTimeline(container: HTMLElement, model: ViewModel): () => void {
  const { dates } = model;
  const play = el("button", {
    className: "icon-button play",
    attrs: { type: "button", "aria-label": "Play the timeline" },
  });
  const slider = el("input", {
    attrs: {
      type: "range",
      min: 0,
      max: dates.length,
      step: 1,
      "aria-label": "As of date",
      name: "asOf",
    },
  });
  const label = el("output", { className: "timeline-date" });
  const count = el("span", { className: "timeline-count" });
  const first = dates[0];
  const ticks = el("div", { className: "timeline-ticks", attrs: { "aria-hidden": "true" } });
  const years = [...new Set(dates.map((date) => date.slice(0, 4)))];
  let lastShown = Number.NEGATIVE_INFINITY;
  for (const year of years) {
    const share = dates.findIndex((date) => date.startsWith(year)) / Math.max(1, dates.length);
    // Years with few deals sit close together: skip a label that would collide.
    if (share - lastShown < 0.06) continue;
    lastShown = share;
    const tick = el("span", { text: year });
    tick.style.left = `${share * 100}%`;
    ticks.append(tick);
  }
  container.replaceChildren(
    play,
    el("div", { className: "timeline-track" }, [slider, ticks]),
    el("div", { className: "timeline-readout" }, [label, count]),
  );

  slider.addEventListener("input", () => {
    const index = Number(slider.value);
    model.dispatch({ type: "setPlaying", playing: false });
    model.dispatch({ type: "setAsOf", asOf: index >= dates.length ? null : dates[index]! });
  });
  play.addEventListener("click", () => {
    const state = model.getState();
    if (!state.playing && state.asOf === null && first !== undefined) {
      model.dispatch({ type: "setAsOf", asOf: first });
    }
    model.dispatch({ type: "setPlaying", playing: !state.playing });
  });

  let timer: ReturnType<typeof setInterval> | null = null;
  function step(): void {
    const index = timelineIndex(dates, model.getState().asOf) + 1;
    if (index >= dates.length) {
      model.dispatch({ type: "setAsOf", asOf: null });
      model.dispatch({ type: "setPlaying", playing: false });
    } else {
      model.dispatch({ type: "setAsOf", asOf: dates[index]! });
    }
  }

  function render(analysis: ViewAnalysis): void {
    const { asOf, playing } = model.getState();
    slider.value = String(timelineIndex(dates, asOf));
    label.textContent = asOf === null ? "Today · all deals" : `As of ${formatDate(asOf)}`;
    count.textContent = `${plural(analysis.drawnDeals.size, "deal")} · ${plural(analysis.cycles.cycles.length, "loop")}`;
    play.classList.toggle("playing", playing);
    play.setAttribute("aria-label", playing ? "Pause the timeline" : "Play the timeline");
    play.replaceChildren(
      el("span", {
        className: playing ? "icon-pause" : "icon-play",
        attrs: { "aria-hidden": "true" },
      }),
    );
    if (playing && timer === null) timer = setInterval(step, PLAY_STEP_MS);
    if (!playing && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  }
  render(model.getAnalysis());
  const unsubscribe = model.subscribe((state, analysis, previous) => {
    if (
      state.asOf !== previous.asOf ||
      state.playing !== previous.playing ||
      state.filters !== previous.filters
    ) {
      render(analysis);
    }
  });
  return () => {
    unsubscribe();
    if (timer !== null) clearInterval(timer);
  };
}
