// The timeline: an "as of" slider on a real time axis (positions proportional to time, a tick per
// year and quarter, the date under the thumb), step buttons that move deal date by deal date, and
// play, which advances by time at the chosen speed.

import type { ViewAnalysis } from "../analyze-view.js";
import { el } from "../dom.js";
import { formatDate, plural } from "../format.js";
import type { ViewModel } from "../view-model.js";
import {
  axisDate,
  axisFraction,
  axisValue,
  createTimeAxis,
  PLAY_FRAME_MS,
  PLAY_SPEEDS,
  playFrame,
  stepDealDate,
} from "./time-axis.js";

/** A position on the track, aligned with the centre of the range input's thumb (16 px wide). */
function trackLeft(fraction: number): string {
  return `calc(${fraction.toFixed(5)} * (100% - 16px) + 8px)`;
}

export function mountTimeline(container: HTMLElement, model: ViewModel): () => void {
  const { dates } = model;
  const axis = createTimeAxis(dates);
  const iconButton = (className: string, label: string, icon: string) =>
    el(
      "button",
      {
        className: `icon-button ${className}`,
        attrs: { type: "button", "aria-label": label, title: label },
      },
      [el("span", { className: icon, attrs: { "aria-hidden": "true" } })],
    );
  const play = el("button", {
    className: "icon-button play",
    attrs: { type: "button", "aria-label": "Play the timeline" },
  });
  const back = iconButton("step step-back", "Back one deal date", "icon-step-back");
  const forward = iconButton("step step-forward", "Forward one deal date", "icon-step-forward");
  const slider = el("input", {
    attrs: {
      type: "range",
      min: axis.startDay,
      max: axis.endDay,
      step: 1,
      "aria-label": "As of date",
      name: "asOf",
    },
  });
  const thumbDate = el("span", { className: "timeline-thumb", attrs: { "aria-hidden": "true" } });
  const speed = el(
    "select",
    {
      className: "timeline-speed",
      attrs: { "aria-label": "Play speed, quarters of a year per second", title: "Play speed" },
    },
    PLAY_SPEEDS.map((value) =>
      el("option", { text: `${value === 0.5 ? "½" : value}×`, attrs: { value } }),
    ),
  );
  const label = el("output", { className: "timeline-date" });
  const count = el("span", { className: "timeline-count" });
  const ticks = el("div", { className: "timeline-ticks", attrs: { "aria-hidden": "true" } });
  let years = 0;
  for (const tick of axis.ticks) {
    const mark = el("span", {
      className:
        tick.label === null ? "tick-quarter" : `tick-year${years++ % 2 ? " tick-odd" : ""}`,
      text: tick.label ?? "",
    });
    mark.style.left = trackLeft(tick.fraction);
    ticks.append(mark);
  }
  container.replaceChildren(
    el("div", { className: "timeline-buttons" }, [back, play, forward]),
    el("div", { className: "timeline-track" }, [thumbDate, slider, ticks]),
    speed,
    el("div", { className: "timeline-readout" }, [label, count]),
  );

  const setAsOf = (asOf: string | null) => {
    model.dispatch({ type: "setPlaying", playing: false });
    model.dispatch({ type: "setAsOf", asOf });
  };
  slider.addEventListener("input", () => setAsOf(axisDate(axis, Number(slider.value))));
  // Arrow keys step deal date by deal date (a day at a time would mostly change nothing); the
  // move goes through the slider's input event like a drag.
  slider.addEventListener("keydown", (event) => {
    const direction =
      event.key === "ArrowLeft" || event.key === "ArrowDown"
        ? -1
        : event.key === "ArrowRight" || event.key === "ArrowUp"
          ? 1
          : 0;
    if (direction === 0) return;
    event.preventDefault();
    slider.value = String(axisValue(axis, stepDealDate(dates, model.getState().asOf, direction)));
    slider.dispatchEvent(new Event("input", { bubbles: true }));
  });
  back.addEventListener("click", () => setAsOf(stepDealDate(dates, model.getState().asOf, -1)));
  forward.addEventListener("click", () => setAsOf(stepDealDate(dates, model.getState().asOf, 1)));
  speed.addEventListener("change", () =>
    model.dispatch({ type: "setPlaySpeed", speed: Number(speed.value) }),
  );
  play.addEventListener("click", () => {
    const state = model.getState();
    if (!state.playing && state.asOf === null) {
      model.dispatch({ type: "setAsOf", asOf: playFrame(axis, null, state.playSpeed) });
    }
    model.dispatch({ type: "setPlaying", playing: !state.playing });
  });

  let timer: ReturnType<typeof setInterval> | null = null;
  function frame(): void {
    const { asOf, playSpeed } = model.getState();
    const next = playFrame(axis, asOf, playSpeed);
    model.dispatch({ type: "setAsOf", asOf: next });
    if (next === null) model.dispatch({ type: "setPlaying", playing: false });
  }

  function render(analysis: ViewAnalysis): void {
    const { asOf, playing, playSpeed } = model.getState();
    const day = asOf === null ? "Today" : formatDate(asOf);
    slider.value = String(axisValue(axis, asOf));
    slider.setAttribute("aria-valuetext", asOf === null ? "Today, all deals" : day);
    thumbDate.textContent = day;
    thumbDate.style.left = trackLeft(axisFraction(axis, asOf));
    speed.value = String(playSpeed);
    back.disabled = dates.length === 0 || (asOf !== null && asOf <= dates[0]!);
    forward.disabled = asOf === null;
    label.textContent = asOf === null ? "Today · all deals" : `As of ${day}`;
    count.textContent = `${plural(analysis.drawnDeals.size, "deal")} · ${plural(analysis.cycles.cycles.length, "loop")}`;
    play.classList.toggle("playing", playing);
    play.setAttribute("aria-label", playing ? "Pause the timeline" : "Play the timeline");
    play.replaceChildren(
      el("span", {
        className: playing ? "icon-pause" : "icon-play",
        attrs: { "aria-hidden": "true" },
      }),
    );
    if (playing && timer === null) timer = setInterval(frame, PLAY_FRAME_MS);
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
      state.playSpeed !== previous.playSpeed ||
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
