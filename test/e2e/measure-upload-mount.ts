// How long the viewer's main thread is held after a 20,000-entity ring is opened (issue 16): the
// long tasks (> 50 ms, Long Tasks API) from the file's read until the network on screen is
// interactive and a second (AFTER_MS) has passed, their longest and the total blocking time (the sum of each
// task's time past 50 ms). With `--profile`, the functions with the most main-thread time too
// (build the client unminified for names). Reports, never asserts: the figures depend on the machine.
//   npx tsx test/e2e/measure-upload-mount.ts [runs] [clientDir] [--profile]

import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Dataset } from "@engine";
import { launchBrowser } from "./launch-browser.js";
import { openViewer, waitForRebuiltAfterRead } from "./page-helpers.js";
import { ringCsv } from "./ring-csv.js";
import { CLIENT_DIR, serveViewer } from "./serve-viewer.js";

const args = process.argv.slice(2);
const profile = args.includes("--profile");
const [runsArg = "3", dirArg] = args.filter((a) => !a.startsWith("--"));
const runs = Number(runsArg);
const dir = dirArg ? resolve(dirArg) : CLIENT_DIR;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

function topFunctions(nodes: ProfileNode[], samples: number[], deltas: number[], top = 25) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const key = (n: ProfileNode) =>
    `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.replace(/^.*\//, "")}:${n.callFrame.lineNumber + 1}`;
  samples.forEach((id, k) => {
    const dt = (deltas[k] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    self.set(key(node), (self.get(key(node)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k2 = key(byId.get(at)!);
      if (seen.has(k2)) continue;
      seen.add(k2);
      total.set(k2, (total.get(k2) ?? 0) + dt);
    }
  });
  const fmt = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${name}`)
      .join("\n");
  // Busy stretches (no idle sample for 20 ms) over 50 ms, each with its heaviest functions.
  const stretches: string[] = [];
  let at = 0;
  let from = -1;
  let sums = new Map<string, number>();
  const close = (end: number) => {
    if (from >= 0 && end - from > 50) {
      const heavy = [...sums.entries()].sort((a, b) => b[1] - a[1]).slice(0, 14);
      stretches.push(
        `busy ${(end - from).toFixed(0)} ms:\n${heavy.map(([n, ms]) => `    ${ms.toFixed(0).padStart(6)} ms  ${n}`).join("\n")}`,
      );
    }
    from = -1;
    sums = new Map();
  };
  let lastBusy = 0;
  samples.forEach((id, k) => {
    at += (deltas[k] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    if (node.callFrame.functionName === "(idle)") {
      if (from >= 0 && at - lastBusy > 20) close(lastBusy);
      return;
    }
    if (from < 0) from = at;
    lastBusy = at;
    const seen = new Set<string>();
    for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) {
      const k2 = key(byId.get(up)!);
      if (seen.has(k2)) continue;
      seen.add(k2);
      sums.set(k2, (sums.get(k2) ?? 0) + (deltas[k] ?? 0) / 1000);
    }
  });
  close(lastBusy);
  return `self:\n${fmt(self)}\ntotal:\n${fmt(total)}\n${stretches.join("\n")}`;
}

const curated = JSON.parse(readFileSync("data/deals.json", "utf8")) as Dataset;
const browser = await launchBrowser();
const served = await serveViewer(curated, dir);
try {
  for (let run = 0; run < runs; run++) {
    const { page } = await openViewer(browser, served.url, { colorScheme: "light" });
    await page.evaluate(() => {
      const tasks: { start: number; duration: number }[] = [];
      (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: "longtask" });
    });
    const cdp = profile ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
      await cdp.send("Profiler.start");
    }
    await page.setInputFiles('input[type="file"]', {
      name: "ring.csv",
      mimeType: "text/csv",
      buffer: ringCsv(20_000),
    });
    await page.waitForFunction(
      () => performance.getEntriesByName("roundtrip:upload-read").length > 0,
      undefined,
      { timeout: 120_000 },
    );
    await waitForRebuiltAfterRead(page, 120_000);
    // NOTE: a wait, not a condition: this script reports what the page did after it was ready.
    await page.waitForTimeout(Number(process.env.AFTER_MS ?? 1000));
    const marks = await page.evaluate(() => {
      const read = performance.getEntriesByName("roundtrip:upload-read").at(-1)!.startTime;
      return performance
        .getEntriesByType("mark")
        .filter((m) => m.name.startsWith("roundtrip:") && m.startTime >= read)
        .map((m) => `${m.name.slice(10)} +${(m.startTime - read).toFixed(0)}`)
        .join(", ");
    });
    const result = await page.evaluate(() => {
      const read = performance.getEntriesByName("roundtrip:upload-read").at(-1)!.startTime;
      const tasks = (
        window as unknown as { __longTasks: { start: number; duration: number }[] }
      ).__longTasks.filter((t) => t.start + t.duration >= read);
      return {
        longest: Math.max(0, ...tasks.map((t) => t.duration)),
        tbt: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
        tasks: tasks.map((t) => `${(t.start - read).toFixed(0)}:${t.duration.toFixed(0)}`),
      };
    });
    console.log(
      `run ${run}: longest task ${result.longest.toFixed(0)} ms, total blocking ${result.tbt.toFixed(0)} ms, ${result.tasks.length} long tasks [${result.tasks.join(" ")}]\n  marks after read: ${marks}`,
    );
    if (cdp) {
      const { profile: p } = (await cdp.send("Profiler.stop")) as unknown as {
        profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
      };
      console.log(topFunctions(p.nodes, p.samples, p.timeDeltas));
      writeFileSync(`upload-mount-${run}.cpuprofile`, JSON.stringify(p));
    }
    await page.context().close();
  }
} finally {
  await browser.close();
  await served.close();
}
