// The viewer in real headless Chromium with real WebGL, served with the curated dataset (and
// small fixtures for hostile and invalid input).

import { readFileSync } from "node:fs";
import type { Dataset } from "@engine";
import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CYCLE_PAGE } from "../../client/cycles-panel/mount-cycles-panel.js";
import {
  dispatch,
  downloadedBytes,
  edgeMidpoints,
  figure,
  hoveredItem,
  nodeColor,
  nodePosition,
  openViewer,
  paintedShare,
  selectedItem,
  settledUrl,
  viewLoops,
} from "./page-helpers.js";
import { DATASET_FAILURE_MESSAGE, serveViewer } from "./serve-viewer.js";
import { curated, useViewer } from "./use-viewer.js";

const hostile = JSON.parse(
  readFileSync("test/e2e/fixtures/hostile-dataset.json", "utf8"),
) as Dataset;
const DARK_BACKGROUND: [number, number, number] = [0x0e, 0x11, 0x16];

const viewer = useViewer();

describe("viewer on the curated dataset", () => {
  // The first test opens the shared page: room for openViewer's own waits (20 s each).
  it("loads with no console errors and renders the network with WebGL", {
    timeout: 60_000,
  }, async () => {
    const { page, errors } = await viewer.readOnlyPage();
    expect(
      await page.evaluate(() => document.createElement("canvas").getContext("webgl2") !== null),
    ).toBe(true);
    const graph = await page.$("#graph");
    const share = await paintedShare(page, await graph!.screenshot(), DARK_BACKGROUND);
    expect(share).toBeGreaterThan(0.02);
    // The first rows come at once and the rest in idle time, in rank order, up to the cap.
    const loops = (await viewLoops(page)).length;
    expect(loops).toBeGreaterThan(CYCLE_PAGE);
    await expect
      .poll(() => page.locator(".cycle-card").count(), { timeout: 10_000 })
      .toBe(CYCLE_PAGE);
    expect(await page.locator(".cycle-card .cycle-rank").allTextContents()).toEqual(
      Array.from({ length: CYCLE_PAGE }, (_, i) => `#${i + 1}`),
    );
    // The loops and the exposure ranking are real tables, the accessible alternative to the canvas.
    expect(await page.locator("table.cycle-list > tbody > tr.cycle-card").count()).toBe(
      await page.locator(".cycle-card").count(),
    );
    expect(await page.locator('table.cycle-list th[scope="col"]').count()).toBe(3);
    expect(await page.locator('table.cycle-list tbody th[scope="row"] button').count()).toBe(
      await page.locator(".cycle-card").count(),
    );
    expect(errors).toEqual([]);
  });

  it("lays the bundled dataset out from the layout the build precomputed", async () => {
    const { page } = await viewer.readOnlyPage();
    const detail = await page.evaluate(
      () =>
        (performance.getEntriesByName("roundtrip:layout")[0] as PerformanceMark | undefined)
          ?.detail,
    );
    expect(detail).toEqual({ precomputed: true });
  });

  it("a filter change while the rows are being built leaves exactly the new ranking", {
    timeout: 60_000,
  }, async () => {
    const { page, errors } = await viewer.open(viewer.served.url);
    const builds = () =>
      page.evaluate(() => performance.getEntriesByName("roundtrip:cycles-built").length);
    const before = await builds();
    // Two changes in one task: the second re-renders while the first one's rows are pending.
    await dispatch(
      page,
      { type: "toggleDealType", dealType: "loan" },
      { type: "toggleDealType", dealType: "backstop" },
    );
    const expected = (await viewLoops(page)).map((nodes) => nodes.join("\u001f"));
    const rows = Math.min(expected.length, CYCLE_PAGE);
    expect(rows).toBeGreaterThan(12);
    // The list marks each time it has built its last row; the first render's slices were
    // cancelled, so the next mark is the new ranking's, with no slice left pending.
    await expect.poll(builds, { timeout: 10_000 }).toBeGreaterThan(before);
    expect(await page.locator(".cycle-card").count()).toBe(rows);
    const shown = await page
      .locator(".cycle-card")
      .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.cycle));
    expect(shown).toEqual(expected.slice(0, rows));
    expect(errors).toEqual([]);
  });

  it("a filter change made from another tab rebuilds the loops when the Loops tab shows", {
    timeout: 60_000,
  }, async () => {
    const { page, errors } = await viewer.pageAtLink("");
    await page.click("#tab-cycles");
    await page.locator(".cycle-card .cycle-toggle").first().click();
    await page.click("#tab-filters");
    const rowsOf = `[...document.querySelectorAll(".cycle-card")].map((card) => card.dataset.cycle)`;
    // One task: the hidden table is left as it was by the change itself (no rows built for it).
    const [before, after] = (await page.evaluate(`(() => {
      const rows = () => ${rowsOf};
      const before = rows();
      const { model } = window.__roundtrip;
      model.dispatch({ type: "toggleDealType", dealType: "equity" });
      model.dispatch({ type: "focusCycle", nodes: null });
      return [before, rows()];
    })()`)) as [string[], string[]];
    expect(after).toEqual(before);
    const expected = (await viewLoops(page)).map((nodes) => nodes.join("\u001f"));
    expect(expected.slice(0, 12)).not.toEqual(before.slice(0, 12));
    const builds = () =>
      page.evaluate(() => performance.getEntriesByName("roundtrip:cycles-built").length);
    const built = await builds();
    await page.click("#tab-cycles");
    // The list marks when it has built its last row.
    await expect.poll(builds, { timeout: 10_000 }).toBeGreaterThan(built);
    const rows = Math.min(expected.length, CYCLE_PAGE);
    expect(await page.evaluate(rowsOf)).toEqual(expected.slice(0, rows));
    // The loop let go while the tab was hidden is not marked any more.
    expect(await page.locator(".cycle-card.pressed").count()).toBe(0);
    expect(await page.locator('.cycle-toggle[aria-pressed="true"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("rows kept across filter changes and timeline steps read exactly as rows built afresh", {
    timeout: 300_000,
  }, async () => {
    const days = [...new Set(curated.deals.map((deal) => deal.date))].sort();
    const action = fc.oneof(
      fc
        .constantFrom("loan", "equity", "chip_purchase", "compute_contract", "warrant")
        .map((dealType) => ({ type: "toggleDealType", dealType })),
      fc.constantFrom(null, ...days.slice(-12)).map((asOf) => ({ type: "setAsOf", asOf })),
      fc.constantFrom("announced", "committed").map((view) => ({ type: "setView", view })),
      fc.boolean().map((include) => ({ type: "setIncludeSuperseded", include })),
    );
    /** The whole first page of rows, once every row is built. */
    const builtRows = async (page: Page, before: number) => {
      await page.waitForFunction(
        (count) => performance.getEntriesByName("roundtrip:cycles-built").length > count,
        before,
      );
      return page.locator(".cycle-list tbody").evaluate((body) => body.innerHTML);
    };
    const builds = (page: Page) =>
      page.evaluate(() => performance.getEntriesByName("roundtrip:cycles-built").length);
    const { page, errors } = await viewer.open(viewer.served.url);
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 4 }), async (actions) => {
        let rows = "";
        for (const next of actions) {
          const before = await builds(page);
          const changed = await page.evaluate((act) => {
            const { model } = (
              window as unknown as {
                __roundtrip: { model: { dispatch(a: unknown): void; getState(): unknown } };
              }
            ).__roundtrip;
            const state = model.getState();
            model.dispatch(act);
            return model.getState() !== state;
          }, next);
          if (changed) rows = await builtRows(page, before);
        }
        if (rows === "") return;
        const fresh = await viewer.open(await settledUrl(page));
        expect(await builtRows(fresh.page, 0)).toBe(rows);
        viewer.release(fresh.page);
      }),
      { numRuns: 4, seed: 11 },
    );
    expect(errors).toEqual([]);
  });

  it("a link to a loop ranked below the first rows shows its row at once, pressed", async () => {
    const nodes = (await viewLoops((await viewer.readOnlyPage()).page))[99]!;
    const hash = nodes.map((id) => `cycle=${encodeURIComponent(id)}`).join("&");
    const context = await viewer.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // The pressed rows at the moment the app is mounted, before any idle slice has run.
    await page.addInitScript(() => {
      const mark = performance.mark.bind(performance);
      performance.mark = (name: string, options?: PerformanceMarkOptions) => {
        if (name === "roundtrip:mounted") {
          (window as unknown as { pressedAtMount: unknown }).pressedAtMount = [
            ...document.querySelectorAll(".cycle-card.pressed .cycle-rank"),
          ].map((button) => button.textContent);
        }
        return mark(name, options);
      };
    });
    await page.goto(`${viewer.served.url}#${hash}`);
    await page.waitForSelector("body.ready", { timeout: 20_000 });
    expect(
      await page.evaluate(() => (window as unknown as { pressedAtMount: unknown }).pressedAtMount),
    ).toEqual(["#100"]);
    await context.close();
  });

  it("clicking a loop highlights it and dims the rest", async () => {
    const { page } = await viewer.pageAtLink("");
    const card = page.locator(".cycle-card").first();
    const nodes = ((await card.getAttribute("data-cycle")) ?? "").split("\u001f");
    const outside = curated.entities.map((e) => e.id).find((id) => !nodes.includes(id))!;
    const before = await nodeColor(page, outside);
    await card.click();
    await expect
      .poll(() => card.locator(".cycle-toggle").getAttribute("aria-pressed"))
      .toBe("true");
    const dimmed = await nodeColor(page, outside);
    expect(dimmed).not.toBe(before);
    for (const id of nodes) expect(await nodeColor(page, id)).not.toBe(dimmed);
    await expect.poll(() => page.url()).toContain("cycle=");
  });

  it("clicking a node opens its panel with its deals and sources", async () => {
    const { page } = await viewer.open(viewer.served.url);
    const { x, y } = await nodePosition(page, "nvidia");
    await page.mouse.move(x, y);
    await page.mouse.click(x, y);
    const title = page.locator(".entity-panel .detail-title");
    await expect.poll(() => title.textContent()).toBe("Nvidia");
    const links = page.locator(".entity-panel .deal-sources a");
    expect(await links.count()).toBeGreaterThan(0);
    expect(await links.first().getAttribute("target")).toBe("_blank");
    expect(await links.first().getAttribute("rel")).toBe("noopener noreferrer");
    expect(await links.first().getAttribute("href")).toMatch(/^https?:\/\//);
  });

  it("clicking a deal's arrow opens the deal panel with its sources", async () => {
    const { page, errors } = await viewer.open(viewer.served.url);
    const names = new Map(curated.entities.map((e) => [e.id, e.name]));
    const dealIds = new Set(curated.deals.map((d) => d.id));
    // Long arrows first: their middles lie clear of the discs and labels.
    const candidates = await page.evaluate(() => {
      const { renderer } = (
        window as unknown as { __roundtrip: { renderer: import("sigma").default } }
      ).__roundtrip;
      const graph = renderer.getGraph();
      return graph
        .edges()
        .map((key) => {
          const a = renderer.getNodeDisplayData(graph.source(key))!;
          const b = renderer.getNodeDisplayData(graph.target(key))!;
          return { key, length: Math.hypot(a.x - b.x, a.y - b.y) };
        })
        .sort((p, q) => q.length - p.length || (p.key < q.key ? -1 : 1))
        .map(({ key }) => key);
    });
    let picked: { id: string; x: number; y: number } | null = null;
    for (const id of candidates.slice(0, 25)) {
      for (const point of await edgeMidpoints(page, id)) {
        // Not under an overlay (the legend, the zoom buttons): a click there would not reach sigma.
        const onCanvas = await page.evaluate(
          ({ x, y }) => document.elementFromPoint(x, y)?.closest("#graph") != null,
          point,
        );
        if (!onCanvas) continue;
        await page.mouse.move(point.x, point.y);
        const hovered = await hoveredItem(page);
        if (hovered?.kind !== "deal" || hovered.id !== id) continue;
        // NOTE: where arrows cross, sigma's picking can hover one arrow and click none (the
        // hover redraws the picking layer): the arrow taken is one a click selects.
        await page.mouse.click(point.x, point.y);
        if ((await selectedItem(page))?.id === id) {
          picked = { id, ...point };
          break;
        }
        await page.keyboard.press("Escape");
      }
      if (picked) break;
    }
    expect(picked).not.toBeNull();
    const { id } = picked!;
    expect(dealIds.has(id)).toBe(true);
    const deal = curated.deals.find((d) => d.id === id)!;
    const title = page.locator(".deal-panel .detail-title");
    await expect
      .poll(() => title.textContent())
      .toBe(`${names.get(deal.from)} → ${names.get(deal.to)}`);
    const sources = page.locator(".deal-panel .sources li");
    expect(await sources.count()).toBe(deal.sources.length);
    const links = page.locator(".deal-panel .sources a");
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(
      deal.sources.map((s) => s.url).filter((url) => url && /^https?:\/\//.test(url)),
    );
    expect(await links.first().getAttribute("target")).toBe("_blank");
    // Every source carries its tier from data/publishers.json.
    const tiers = await page.locator(".deal-panel .sources .source-tier").allTextContents();
    expect(tiers).toHaveLength(deal.sources.length);
    for (const tier of tiers) expect(["primary", "major", "secondary", "unrated"]).toContain(tier);
    await expect.poll(() => page.url()).toContain(`deal=${encodeURIComponent(id)}`);
    expect(errors).toEqual([]);
  });

  it("moving the timeline back changes the counts", async () => {
    const { page } = await viewer.pageAtLink("");
    const dealsBefore = await figure(page, "deals");
    const readoutBefore = await page.textContent(".timeline-count");
    await page.$eval('.timeline input[type="range"]', (input) => {
      const slider = input as HTMLInputElement;
      const min = Number(slider.min);
      slider.value = String(Math.floor(min + (Number(slider.max) - min) / 3));
      slider.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await expect.poll(() => page.textContent(".timeline-date")).toMatch(/^As of /);
    expect(Number((await figure(page, "deals")).replace(/,/g, ""))).toBeLessThan(
      Number(dealsBefore.replace(/,/g, "")),
    );
    expect(await page.textContent(".timeline-count")).not.toBe(readoutBefore);
    await expect.poll(() => page.url()).toContain("asOf=");
  });

  it("play moves the timeline forward in time, and pauses", async () => {
    const { page } = await openViewer(viewer.browser, viewer.served.url);
    // Playwright's clock drives the play timer: no waiting on real time.
    await page.clock.install();
    await page.click(".timeline .play");
    await expect.poll(() => page.textContent(".timeline-date")).toMatch(/^As of /);
    const first = await page.textContent(".timeline-date");
    await page.clock.runFor(2_000);
    expect(await page.textContent(".timeline-date")).not.toBe(first);
    await page.click(".timeline .play");
    expect(await page.getAttribute(".timeline .play", "aria-label")).toBe("Play the timeline");
    const paused = await page.textContent(".timeline-date");
    await page.clock.runFor(10_000);
    expect(await page.textContent(".timeline-date")).toBe(paused);
    await page.context().close();
  });

  it("search works from the keyboard and Escape closes the panel", async () => {
    const { page } = await viewer.pageAtLink("");
    await page.keyboard.press("/");
    await page.keyboard.type("orac");
    await expect.poll(() => page.locator(".search-results li").count()).toBeGreaterThan(0);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent(".entity-panel .detail-title")).toBe("Oracle");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator(".entity-panel .detail-title").count()).toBe(0);
  });

  it("the exposure ranking selects an entity, and loop cards work from the keyboard", async () => {
    const { page } = await viewer.pageAtLink("");
    await page.click("#tab-exposure");
    const first = page.locator(".exposure-table tbody th .link-button").first();
    const name = await first.textContent();
    expect(await page.locator(".exposure-table tbody tr").count()).toBeGreaterThan(3);
    await first.click();
    await expect.poll(() => page.textContent(".entity-panel .detail-title")).toBe(name);
    await page.click(".back-button");
    await page.click("#tab-cycles");
    await page.locator(".cycle-card .cycle-toggle").nth(1).focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.locator(".cycle-card .cycle-toggle").nth(1).getAttribute("aria-pressed"))
      .toBe("true");
    expect(await page.textContent(".loop-chip .banner-label")).toBe("Loop #2");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator(".loop-chip").count()).toBe(0);
  });

  it("a narrow window keeps the graph and shows the panels as a drawer", async () => {
    const { page, errors } = await viewer.open(viewer.served.url, {
      width: 700,
      height: 800,
    });
    const sidebar = page.locator("#sidebar");
    const hiddenBox = await sidebar.boundingBox();
    expect(hiddenBox!.x).toBeGreaterThanOrEqual(700);
    const graph = await page.locator("#graph").boundingBox();
    expect(graph!.width).toBeGreaterThan(650);
    await page.click(".drawer-button");
    await expect.poll(async () => (await sidebar.boundingBox())!.x).toBeLessThan(700);
    await page.click(".drawer-close");
    await expect.poll(async () => (await sidebar.boundingBox())!.x).toBeGreaterThanOrEqual(700);
    expect(errors).toEqual([]);
  });

  it("a filter changes the summary", async () => {
    const { page } = await viewer.pageAtLink("");
    const grossBefore = await figure(page, "gross");
    await page.click("#tab-filters");
    await page.check('input[name="type-equity"]').catch(() => undefined);
    await page.uncheck('input[name="type-equity"]');
    await expect.poll(() => figure(page, "gross")).not.toBe(grossBefore);
    await expect.poll(() => page.url()).toContain("types=");
  });

  it("the best-source filter leaves out deals and says so in the link", async () => {
    const { page } = await viewer.pageAtLink("");
    const grossBefore = await figure(page, "gross");
    await page.click("#tab-filters");
    await page.uncheck('input[name="tier-major"]');
    await expect.poll(() => figure(page, "gross")).not.toBe(grossBefore);
    await expect.poll(() => page.url()).toContain("tiers=primary%2Csecondary%2Cunrated");
  });

  it("exports the filtered dataset in every format and the view as PNG", {
    timeout: 60_000,
  }, async () => {
    const { page } = await viewer.open(viewer.served.url);
    async function download(format: string): Promise<Buffer> {
      await page.click(".menu summary");
      const [file] = await Promise.all([
        page.waitForEvent("download"),
        page.click(`[data-format="${format}"]`),
      ]);
      return downloadedBytes(file);
    }
    const json = JSON.parse((await download("json")).toString("utf8")) as Dataset;
    const passing = curated.deals.filter(
      (d) => d.status !== "cancelled" && d.amountBasis !== "stake_value",
    );
    // SPEC §2: a deal superseded by a passing deal (directly or through a chain) is out.
    const superseded = new Set<string>();
    for (const deal of passing) {
      let old = deal.supersedes;
      while (old !== undefined && !superseded.has(old)) {
        superseded.add(old);
        old = curated.deals.find((d) => d.id === old)?.supersedes;
      }
    }
    const shown = passing.filter((d) => !superseded.has(d.id));
    expect(json.deals.map((d) => d.id).sort()).toEqual(shown.map((d) => d.id).sort());
    expect(json.entities.length).toBeGreaterThan(0);
    const zip = unzipSync(new Uint8Array(await download("csv")));
    expect(strFromU8(zip["edges.csv"]!).split("\n")[0]).toMatch(/source/i);
    expect(strFromU8(zip["nodes.csv"]!).split("\n").length).toBeGreaterThan(json.entities.length);
    expect((await download("gexf")).toString("utf8")).toContain("<gexf");
    expect((await download("graphml")).toString("utf8")).toContain("<graphml");
    const neo4j = unzipSync(new Uint8Array(await download("neo4j")));
    expect(Object.keys(neo4j).sort()).toEqual(
      expect.arrayContaining(["deals.csv", "entities.csv"]),
    );
    const png = await download("png");
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
  });

  it("a permalink restores filters, date, selection and theme", async () => {
    const hash =
      "types=equity,compute_contract,chip_purchase&asOf=2025-06-30&entity=openai&theme=light";
    const { page, errors } = await viewer.open(`${viewer.served.url}#${hash}`);
    await expect.poll(() => page.textContent(".entity-panel .detail-title")).toBe("OpenAI");
    expect(await page.textContent(".timeline-date")).toBe("As of 30 Jun 2025");
    expect(await page.getAttribute("html", "data-theme")).toBe("light");
    expect(page.url()).toContain("entity=openai");
    await page.click("#tab-filters");
    expect(await page.isChecked('input[name="type-loan"]')).toBe(false);
    expect(await page.isChecked('input[name="type-equity"]')).toBe(true);
    expect(errors).toEqual([]);
  });

  it("an invalid upload lists its located errors", async () => {
    const { page } = await viewer.open(viewer.served.url);
    await page.setInputFiles('input[type="file"]', "test/e2e/fixtures/invalid-dataset.json");
    const dialog = page.locator("#problems-dialog");
    // Read in a worker (a task or more later): poll past its start-up.
    await expect.poll(() => dialog.isVisible(), { timeout: 20_000 }).toBe(true);
    const paths = await dialog.locator(".problem-path").allTextContents();
    expect(paths).toEqual(
      expect.arrayContaining(["deals[0].to", "deals[0].amountUsd", "entities[1].id"]),
    );
  });

  it("a file dropped on the window is read and shown", async () => {
    const { page } = await viewer.open(viewer.served.url);
    const text = readFileSync("test/e2e/fixtures/hostile-dataset.json", "utf8");
    await page.evaluate((json) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([json], "dropped.json", { type: "application/json" }));
      const fire = (type: string) =>
        window.dispatchEvent(
          new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      fire("dragenter");
      fire("dragover");
    }, text);
    await expect.poll(() => page.locator("#dropzone").isVisible()).toBe(true);
    await page.evaluate((json) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([json], "dropped.json", { type: "application/json" }));
      window.dispatchEvent(
        new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }, text);
    await expect.poll(() => figure(page, "loops"), { timeout: 20_000 }).toBe("1");
    expect(await page.locator("#dropzone").isVisible()).toBe(false);
    // The header names the file that is open (a toast may go on to say the link cannot carry it).
    await expect
      .poll(() => page.textContent(".dataset-badge .dataset-name"))
      .toContain("dropped.json");
  });

  it("a valid upload replaces the network", async () => {
    const { page } = await viewer.open(viewer.served.url);
    await page.setInputFiles('input[type="file"]', "test/e2e/fixtures/hostile-dataset.json");
    await expect.poll(() => figure(page, "loops"), { timeout: 20_000 }).toBe("1");
  });
});

describe("viewer with hostile or missing data", () => {
  it("renders a hostile entity name as text and runs none of it", async () => {
    const hostileServer = await serveViewer(hostile);
    try {
      const { page, dialogs, errors } = await viewer.open(`${hostileServer.url}#entity=evil`);
      const title = page.locator(".entity-panel .detail-title");
      await expect.poll(() => title.textContent()).toBe("<img src=x onerror=alert(1)>");
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.locator(".cycle-card .cycle-node").first().textContent()).toBeTruthy();
      await page.click(".entity-panel .deal-link >> nth=0");
      await expect.poll(() => page.locator(".deal-panel .sources li").count()).toBe(2);
      // A javascript: URL stays text; the https one is a link.
      expect(await page.locator(".deal-panel .sources a").count()).toBe(1);
      expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
      // Anything the page was going to run has had its frame and its task.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))),
      );
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await hostileServer.close();
    }
  });

  it("an API error shows a readable message", async () => {
    const failing = await serveViewer(null);
    try {
      const { page } = await viewer.open(failing.url, { ready: false });
      await page.waitForSelector(".failure");
      expect(await page.textContent(".failure h2")).toBe("The deals could not be loaded");
      expect(await page.textContent(".failure")).toContain("503");
      // The message of the server's error body { error: { code, message } }.
      expect(await page.textContent(".failure")).toContain(DATASET_FAILURE_MESSAGE);
    } finally {
      await failing.close();
    }
  });
});
