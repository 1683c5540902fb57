// One drag across the graph the way a user pans, in headless Chromium: per-move latency, the
// animation-frame cadence and sigma's render times meanwhile, and the redraw after release.
// Page-side code is kept as source text: tsx (esbuild keepNames) would wrap nested functions in
// a `__name` helper that does not exist in the page.

import type { Page } from "playwright-core";
import { watchSettle } from "./watch-settle.js";

/**
 * Start recording animation-frame stamps, pointer moves and sigma render times;
 * `window.__benchStop()` ends it.
 */
const RECORD_FRAMES = `(() => {
  const renderer = window.__roundtrip.renderer;
  const renders = [];
  const stamps = [];
  const movedAt = [];
  let moves = 0;
  let began = 0;
  let recording = true;
  const before = () => { began = performance.now(); };
  const after = () => { if (recording) renders.push(performance.now() - began); };
  const onMove = () => { moves++; };
  renderer.on("beforeRender", before);
  renderer.on("afterRender", after);
  window.addEventListener("mousemove", onMove, true);
  const step = (time) => {
    if (!recording) return;
    stamps.push(time);
    movedAt.push(moves);
    requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
  window.__benchStop = () => {
    recording = false;
    renderer.off("beforeRender", before);
    renderer.off("afterRender", after);
    window.removeEventListener("mousemove", onMove, true);
    // Only frames that had a move to show count: idle frames between events would flatter it.
    const intervals = [];
    for (let k = 1; k < stamps.length; k++) {
      if (movedAt[k] > movedAt[k - 1]) intervals.push(stamps[k] - stamps[k - 1]);
    }
    return { intervals, renders };
  };
})()`;

/** At most this long for the moves of one drag. */
const PAN_BUDGET_MS = 30_000;

/**
 * Drag the graph with the mouse the way a user pans (sigma's mouse captor marks the camera as
 * moving, so settings such as hideEdgesOnMove apply), recording every animation frame meanwhile.
 */
export async function dragPan(
  page: Page,
  steps: number,
): Promise<{
  intervals: number[];
  renders: number[];
  moves: number[];
  dragMs: number;
  settleMs: number;
}> {
  const box = await page.locator(".sigma-mouse").boundingBox();
  if (box === null) throw new Error("dragPan: no sigma mouse layer on the page");
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.evaluate(RECORD_FRAMES);
  await page.mouse.down();
  // Bounded: at most `steps` moves or PAN_BUDGET_MS, whichever comes first.
  const started = Date.now();
  const deadline = started + PAN_BUDGET_MS;
  const moves: number[] = [];
  for (let k = 1; k <= steps && Date.now() < deadline; k++) {
    const angle = (2 * Math.PI * k) / steps;
    const sent = performance.now();
    await page.mouse.move(x + 200 * Math.sin(angle), y + 120 * (1 - Math.cos(angle)));
    moves.push(performance.now() - sent);
  }
  const dragMs = Date.now() - started;
  const recorded = (await page.evaluate("window.__benchStop()")) as {
    intervals: number[];
    renders: number[];
  };
  await page.evaluate(watchSettle("mouseup"));
  await page.mouse.up();
  const settleMs = Number(await page.evaluate("window.__benchSettled"));
  return { ...recorded, moves, dragMs, settleMs };
}
