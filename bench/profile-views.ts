// Where the time of a filter change goes in the viewer, main thread and workers alike: Chromium's
// sampling CPU profiler (trace category disabled-by-default-v8.cpu_profiler) over N filter changes
// (each from the change until the canvas has settled and the history has come back), then the
// functions with the most self and total time per thread. Build the client unminified for names:
//   npx vite build --mode test --minify false --outDir DIR && npx tsx scripts/bundle-layout.ts DIR
//   npx tsx bench/profile-views.ts DIR [changes] [top]

import { readFileSync } from "node:fs";
import type { Dataset } from "@engine";
import { launchBrowser } from "../test/e2e/launch-browser.js";
import { openViewer } from "../test/e2e/page-helpers.js";
import { serveViewer } from "../test/e2e/serve-viewer.js";
import { filterChange } from "./filter-change.js";

const [dir = "dist/client-test", changesArg = "6", topArg = "25"] = process.argv.slice(2);
const changes = Number(changesArg);
const top = Number(topArg);

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

const dataset = JSON.parse(readFileSync("data/deals.json", "utf8")) as Dataset;
const served = await serveViewer(dataset, dir);
const browser = await launchBrowser();
const { page } = await openViewer(browser, served.url);
const historyCount = () =>
  page.evaluate(() => performance.getEntriesByName("roundtrip:history").length);
// One change outside the trace: the code paths are compiled once.
await filterChange(page, "type-equity");
await page.waitForTimeout(500);
await browser.startTracing(page, {
  categories: [
    "disabled-by-default-v8.cpu_profiler",
    "toplevel",
    "devtools.timeline",
    "blink.user_timing",
  ],
});
// A mark at each change (trace clock): the windows below are change → redrawn.
await page.evaluate(
  `window.addEventListener("change", () => performance.mark("bench:change"), { capture: true });
  window.__roundtrip.renderer.on("afterRender", () => performance.mark("bench:render"));`,
);
const walls: number[] = [];
// A build without the history (before issue 11) waits only for the redraw.
const hasHistory = (await historyCount()) > 0;
for (let k = 0; k < changes; k++) {
  const before = await historyCount();
  walls.push(await filterChange(page, "type-equity"));
  if (hasHistory)
    await page.waitForFunction(
      (n) => performance.getEntriesByName("roundtrip:history").length > n,
      before,
      { timeout: 30_000 },
    );
}
const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
  traceEvents: TraceEvent[];
};
await browser.close();
await served.close();

const threadNames = new Map<string, string>();
for (const e of traceEvents)
  if (e.name === "thread_name") threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? "?");
const changeTimes = traceEvents
  .filter((e) => e.name === "bench:change" && (e.ph === "R" || e.ph === "I" || e.ph === "n"))
  .map((e) => e.ts)
  .sort((a, b) => a - b);
// Windows (trace µs): change → redrawn (the bench's figure) and change → the next change's start.
const windows = changeTimes.map((t, k) => ({ from: t, to: t + (walls[k] ?? 0) * 1000 }));
const inWindow = (ts: number) => windows.some((w) => ts >= w.from && ts <= w.to);
// A profile's chunks share its id; the Profile event names the thread and the start time.
interface Acc {
  thread: string;
  start: number;
  nodes: Map<number, ProfileNode>;
  samples: number[];
  deltas: number[];
}
const profiles = new Map<string, Acc>();
for (const e of traceEvents) {
  if (!e.id) continue;
  const key = `${e.pid}:${e.id}`;
  if (e.name === "Profile") {
    const data = e.args?.data as { startTime?: number } | undefined;
    const acc = profiles.get(key) ?? {
      thread: "",
      start: 0,
      nodes: new Map(),
      samples: [],
      deltas: [],
    };
    acc.thread = threadNames.get(`${e.pid}:${e.tid}`) ?? `${e.tid}`;
    acc.start = data?.startTime ?? e.ts;
    profiles.set(key, acc);
  }
}
for (const e of traceEvents) {
  if (e.name !== "ProfileChunk" || !e.id) continue;
  const acc = profiles.get(`${e.pid}:${e.id}`);
  if (!acc) continue;
  for (const node of e.args?.data?.cpuProfile?.nodes ?? []) acc.nodes.set(node.id, node);
  acc.samples.push(...(e.args?.data?.cpuProfile?.samples ?? []));
  acc.deltas.push(...(e.args?.data?.timeDeltas ?? []));
}

const label = (f: CallFrame) =>
  `${f.functionName || "(anonymous)"} ${(f.url ?? "").replace(/^.*\/assets\//, "")}:${f.lineNumber + 1}`;
function report(acc: Acc, title: string, keep: (ts: number) => boolean): void {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let busy = 0;
  let ts = acc.start;
  acc.samples.forEach((id, k) => {
    const dt = Math.max(0, acc.deltas[k] ?? 0);
    ts += acc.deltas[k] ?? 0;
    const node = acc.nodes.get(id);
    if (!node || !keep(ts)) return;
    const own = label(node.callFrame);
    if (node.callFrame.functionName === "(idle)") return;
    busy += dt;
    self.set(own, (self.get(own) ?? 0) + dt);
    const seen = new Set<string>();
    for (
      let n: ProfileNode | undefined = node;
      n;
      n = n.parent ? acc.nodes.get(n.parent) : undefined
    ) {
      const name = label(n.callFrame);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + dt);
    }
  });
  if (busy < 1000) return;
  const per = (us: number) => `${(us / 1000 / changes).toFixed(1).padStart(7)} ms`;
  console.log(`\n== ${acc.thread} (${title}): busy ${per(busy)} per change`);
  console.log("-- self");
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${per(us)}  ${name}`);
  console.log("-- total");
  for (const [name, us] of [...total].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${per(us)}  ${name}`);
}
const mainProfile = [...profiles.values()].find((acc) => acc.thread === "CrRendererMain");
/** The functions with the most total time in [from, to] (trace µs) on the main thread. */
function topIn(from: number, to: number, count: number): string {
  if (!mainProfile) return "";
  const total = new Map<string, number>();
  let ts = mainProfile.start;
  mainProfile.samples.forEach((id, k) => {
    ts += mainProfile.deltas[k] ?? 0;
    if (ts < from || ts > to) return;
    const dt = Math.max(0, mainProfile.deltas[k] ?? 0);
    const seen = new Set<string>();
    for (
      let n: ProfileNode | undefined = mainProfile.nodes.get(id);
      n;
      n = n.parent ? mainProfile.nodes.get(n.parent) : undefined
    ) {
      const name = label(n.callFrame);
      if (seen.has(name) || name.startsWith("(root)")) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + dt);
    }
  });
  return [...total]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => `\n            ${(us / 1000).toFixed(1)} ms ${name}`)
    .join("");
}
for (const acc of profiles.values()) {
  report(acc, "whole run", () => true);
  if (acc.thread === "CrRendererMain" && windows.length > 0)
    report(acc, "change → redrawn", inWindow);
}
// The main thread's tasks inside the first windows, in order.
const mainKeys = new Set(
  [...threadNames].filter(([, name]) => name === "CrRendererMain").map(([key]) => key),
);
for (const w of windows.slice(0, 3)) {
  console.log(
    `\n-- main-thread events, change → redrawn (${((w.to - w.from) / 1000).toFixed(1)} ms)`,
  );
  for (const e of traceEvents as (TraceEvent & { dur?: number })[]) {
    if (!mainKeys.has(`${e.pid}:${e.tid}`) || e.ts < w.from - 2000 || e.ts > w.to + 50_000)
      continue;
    const mark = e.name.startsWith("bench:") || e.name.startsWith("roundtrip:");
    if (!mark && (e.ph !== "X" || (e.dur ?? 0) < 300)) continue;
    if (/^(RunTask|ThreadControllerImpl::RunTask|V8\.|MinorGC|EventDispatch$)/.test(e.name))
      continue;
    const data = (e.args?.data ?? {}) as { functionName?: string; type?: string };
    console.log(
      `${((e.ts - w.from) / 1000).toFixed(1).padStart(7)} +${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms ${e.name} ${data.type ?? ""}${data.functionName ?? ""}`,
    );
    if (e.name === "FunctionCall" && (e.dur ?? 0) > 3000)
      console.log(`          ${topIn(e.ts, e.ts + (e.dur ?? 0), 14)}`);
  }
}
// The history's path per change: the main thread's idle callbacks, the workers' tasks, the mark.
const workerKeys = new Set(
  [...threadNames].filter(([, name]) => name.includes("Worker")).map(([key]) => key),
);
for (const [index, w] of windows.slice(0, 4).entries()) {
  const to = windows[index + 1]?.from ?? Number.POSITIVE_INFINITY;
  console.log(`\n-- history path after change ${index + 1}`);
  for (const e of traceEvents as (TraceEvent & { dur?: number })[]) {
    if (e.ts < w.from || e.ts >= to) continue;
    const key = `${e.pid}:${e.tid}`;
    const onMain = mainKeys.has(key);
    const interesting =
      (onMain &&
        (e.name === "FireIdleCallback" ||
          e.name === "TimerFire" ||
          e.name === "FireAnimationFrame" ||
          e.name.startsWith("roundtrip:history") ||
          e.name.startsWith("bench:render"))) ||
      (workerKeys.has(key) &&
        e.ph === "X" &&
        (e.dur ?? 0) > 500 &&
        /FunctionCall|GC|Compile/.test(e.name));
    if (!interesting) continue;
    console.log(
      `${((e.ts - w.from) / 1000).toFixed(1).padStart(7)} +${((e.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms ${onMain ? "main" : "worker"} ${e.name}`,
    );
  }
}
console.log(`\nwall (change → redrawn): ${walls.map((w) => w.toFixed(0)).join(", ")} ms`);
