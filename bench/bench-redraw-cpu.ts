// Main-thread CPU time of a filter change and a timeline step in the viewer, for several builds
// loaded in interleaved order: the thread time (trace `tdur`) of every task on the renderer's main
// thread from the change until the canvas has settled (watch-settle.ts, 0.5 s without a redraw),
// and of the GPU process. Thread time leaves out the time the thread waits for a core, so on a
// shared, loaded machine it compares builds where wall-clock redraw times do not.
//   npx tsx bench/bench-redraw-cpu.ts RUNS DIR [DIR…]   (e.g. dist/client-test and an older build)
import { readFileSync } from "node:fs";
import type { Dataset } from "@engine";
import type { Page } from "playwright-core";
import { launchBrowser } from "../test/e2e/launch-browser.js";
import { openViewer } from "../test/e2e/page-helpers.js";
import { serveViewer } from "../test/e2e/serve-viewer.js";
import { filterChange } from "./filter-change.js";
import { timelineStep } from "./timeline-step.js";

const dirs = process.argv.slice(3);
const runs = Number(process.argv[2]);
const dataset = JSON.parse(readFileSync("data/deals.json", "utf8")) as Dataset;
const served = await Promise.all(dirs.map((d) => serveViewer(dataset, d)));
const browser = await launchBrowser();
type Ev = {
  name: string;
  ph: string;
  dur?: number;
  tdur?: number;
  tid: number;
  pid: number;
  ts: number;
  args?: { name?: string };
};
async function traced(page: Page, fn: (p: Page) => Promise<number>) {
  await browser.startTracing(page, {
    categories: ["toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline"],
  });
  const wall = await fn(page);
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: Ev[];
  };
  const threads = new Map<string, string>();
  for (const e of traceEvents)
    if (e.name === "thread_name") threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? "");
  const sum: Record<string, number> = {};
  const detail: Record<string, number> = {};
  for (const e of traceEvents) {
    if (e.ph !== "X") continue;
    const t = threads.get(`${e.pid}:${e.tid}`) ?? "?";
    if (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask")
      sum[t] = (sum[t] ?? 0) + (e.tdur ?? 0) / 1000;
    if (
      t === "CrRendererMain" &&
      [
        "FunctionCall",
        "UpdateLayoutTree",
        "Layout",
        "Paint",
        "PrePaint",
        "Layerize",
        "EventDispatch",
        "TimerFire",
        "FireAnimationFrame",
        "ParseHTML",
        "MajorGC",
        "MinorGC",
        "RunMicrotasks",
        "v8.callFunction",
      ].includes(e.name)
    )
      detail[e.name] = (detail[e.name] ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000;
  }
  return {
    wall,
    main: sum.CrRendererMain ?? 0,
    gpu: (sum.CrGpuMain ?? 0) + (sum.VizCompositorThread ?? 0),
    detail,
  };
}
const results = dirs.map(() => ({
  filter: [] as ReturnType<typeof traced> extends Promise<infer R> ? R[] : never,
  step: [] as never[] as Awaited<ReturnType<typeof traced>>[],
}));
for (let run = 0; run < runs; run++) {
  for (let k = 0; k < dirs.length; k++) {
    const i = (run + k) % dirs.length;
    const { page } = await openViewer(browser, served[i]!.url);
    await page.waitForTimeout(1000);
    results[i]!.filter.push(await traced(page, filterChange));
    results[i]!.step.push(await traced(page, timelineStep));
    await page.context().close();
  }
}
await browser.close();
for (const s of served) await s.close();
const med = (v: number[]) => {
  const a = [...v].sort((x, y) => x - y);
  return a.length % 2 ? a[a.length >> 1]! : (a[a.length / 2 - 1]! + a[a.length / 2]!) / 2;
};
for (const [i, d] of dirs.entries()) {
  for (const kind of ["filter", "step"] as const) {
    const r = results[i]![kind];
    const keys = [...new Set(r.flatMap((x) => Object.keys(x.detail)))];
    console.log(
      `${d} ${kind}: wall ${med(r.map((x) => x.wall)).toFixed(0)} (${r.map((x) => x.wall.toFixed(0)).join(",")}) mainCPU ${med(r.map((x) => x.main)).toFixed(1)} (${r.map((x) => x.main.toFixed(0)).join(",")}) gpuCPU ${med(r.map((x) => x.gpu)).toFixed(1)}`,
    );
    console.log(
      `   ${keys.map((k) => `${k}=${med(r.map((x) => x.detail[k] ?? 0)).toFixed(1)}`).join(" ")}`,
    );
  }
}
