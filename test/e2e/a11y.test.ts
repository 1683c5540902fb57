// A viewer everyone can use (issue 15), in real headless Chromium: the loops explorer reaches every
// loop and counts what the engine counts; keyboard focus; axe scans in both themes.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { analyzeDataset } from "@engine";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { HELP_TERMS } from "../../client/help/mount-help.js";
import { PLAIN_LABELS, plainLabelText } from "../../client/plain-label.js";
import { importCsv } from "../../server/dataset/import-csv.js";
import { dispatch, openViewer } from "./page-helpers.js";
import { curated, useViewer } from "./use-viewer.js";

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);
const engineLoops = analyzeDataset(curated).cycles.cycles;
const through = (...ids: string[]) =>
  engineLoops.filter((loop) => ids.every((id) => loop.nodes.includes(id)));

const viewer = useViewer();

const shownCount = async (page: Page) =>
  Number(await page.locator(".loop-count").getAttribute("data-count"));

async function addEntity(page: Page, name: string): Promise<void> {
  await page.locator("#loop-entity-input").fill(name);
  await page.locator("#loop-entity-input").press("Enter");
}

describe("loops explorer", () => {
  it("lists every loop and filters by entities and length with the engine's counts", async () => {
    const { page, errors } = await viewer.open(viewer.served.url);
    expect(engineLoops.length).toBeGreaterThan(150);
    expect(await shownCount(page)).toBe(engineLoops.length);
    await addEntity(page, "Oracle");
    const oracle = through("oracle");
    expect(oracle.length).toBeGreaterThan(50);
    await expect.poll(() => shownCount(page)).toBe(oracle.length);
    expect(await page.locator(".loop-count").textContent()).toContain(
      `${oracle.length} loops match of ${engineLoops.length}`,
    );
    await addEntity(page, "Nvidia");
    const both = through("oracle", "nvidia");
    expect(both.length).toBeGreaterThan(0);
    await expect.poll(() => shownCount(page)).toBe(both.length);
    await page.locator("#loop-min-length").selectOption("3");
    await page.locator("#loop-max-length").selectOption("3");
    await expect
      .poll(() => shownCount(page))
      .toBe(both.filter((loop) => loop.nodes.length === 3).length);
    // Minimum committed bottleneck of $1,000M.
    await page.locator("#loop-bottleneck-view").selectOption("committed");
    await page.locator("#loop-min-bottleneck").fill("1000");
    await page.locator("#loop-min-bottleneck").press("Tab");
    await expect
      .poll(() => shownCount(page))
      .toBe(
        both.filter((loop) => loop.nodes.length === 3 && (loop.committedBottleneckUsd ?? 0) >= 1e9)
          .length,
      );
    await page.locator(".loop-entity-chip button", { hasText: "×" }).first().click();
    await page.locator(".loop-clear").click();
    await expect.poll(() => shownCount(page)).toBe(engineLoops.length);
    // "Show more" until every matching loop has its row.
    await addEntity(page, "Lambda");
    const lambda = through("lambda");
    expect(lambda.length).toBeGreaterThan(50);
    await expect.poll(() => shownCount(page)).toBe(lambda.length);
    const more = page.locator(".show-more-loops");
    while (await more.isVisible()) {
      await more.click();
      expect(await page.evaluate(() => document.activeElement?.className)).toContain(
        "cycle-toggle",
      );
    }
    await expect
      .poll(() => page.locator(".cycle-card").count(), { timeout: 10_000 })
      .toBe(lambda.length);
    const rows = await page
      .locator(".cycle-card")
      .evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.cycle));
    expect(new Set(rows)).toEqual(new Set(lambda.map((loop) => loop.nodes.join("\u001f"))));
    // Sorted by length: the first row is a shortest loop.
    await page.locator(".loop-clear").click();
    await page.locator("#loop-sort").selectOption("length");
    const shortest = Math.min(...engineLoops.map((loop) => loop.nodes.length));
    expect(await page.locator(".cycle-card .cycle-length").first().textContent()).toBe(
      `${shortest} hops`,
    );
    expect(errors).toEqual([]);
  }, 120_000);

  it("an entity's 'all its loops' opens the explorer filtered to it", async () => {
    const { page, errors } = await viewer.open(viewer.served.url);
    await dispatch(page, { type: "select", item: { kind: "entity", id: "oracle" } });
    await page.locator(".all-loops").click();
    await expect.poll(() => page.locator("#panel-cycles").isVisible()).toBe(true);
    expect(await page.locator(".loop-entity-chip").allTextContents()).toEqual(["Oracle×"]);
    await expect.poll(() => shownCount(page)).toBe(through("oracle").length);
    expect(errors).toEqual([]);
  });
});

const activeInfo = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return {
      tag: active?.tagName.toLowerCase() ?? null,
      className: active?.className ?? "",
      text: active?.textContent?.trim() ?? "",
      underPanels: active?.closest(".sidebar-scroll") !== null,
    };
  });

describe("keyboard", () => {
  it("choosing an entity focuses its heading, hides the panels under it, and closing returns focus", async () => {
    const { page, errors } = await viewer.open(viewer.served.url);
    await page.locator(".search-input").focus();
    await page.keyboard.type("Oracle");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await activeInfo(page)).className).toContain("detail-title");
    expect((await activeInfo(page)).text).toBe("Oracle");
    expect(await page.locator(".sidebar-scroll").evaluate((n) => (n as HTMLElement).inert)).toBe(
      true,
    );
    // No Tab stop falls on the covered loop rows.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      expect((await activeInfo(page)).underPanels).toBe(false);
    }
    await page.locator(".detail-title").focus();
    await page.keyboard.press("Escape");
    await expect.poll(async () => (await activeInfo(page)).className).toContain("search-input");
    expect(await page.locator(".sidebar-scroll").evaluate((n) => (n as HTMLElement).inert)).toBe(
      false,
    );
    expect(errors).toEqual([]);
  }, 60_000);

  it("the Export menu follows the menu button pattern", async () => {
    const { page, errors } = await viewer.pageAtLink("");
    const button = page.locator("details.menu > summary");
    expect(await button.getAttribute("aria-haspopup")).toBe("menu");
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    await button.focus();
    await page.keyboard.press("Enter");
    const items = page.locator('details.menu [role="menuitem"]');
    const count = await items.count();
    expect(count).toBeGreaterThan(2);
    const focusedIndex = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('details.menu [role="menuitem"]')].indexOf(
          document.activeElement as Element,
        ),
      );
    expect(await button.getAttribute("aria-expanded")).toBe("true");
    expect(await focusedIndex()).toBe(0);
    await page.keyboard.press("ArrowDown");
    expect(await focusedIndex()).toBe(1);
    await page.keyboard.press("End");
    expect(await focusedIndex()).toBe(count - 1);
    await page.keyboard.press("ArrowDown");
    expect(await focusedIndex()).toBe(0);
    await page.keyboard.press("ArrowUp");
    expect(await focusedIndex()).toBe(count - 1);
    await page.keyboard.press("Home");
    expect(await focusedIndex()).toBe(0);
    await page.keyboard.press("Escape");
    expect(await page.locator("details.menu").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(
      false,
    );
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe(
      "summary",
    );
    // Items are reached by the arrows, not by Tab.
    expect(await items.first().getAttribute("tabindex")).toBe("-1");
    expect(errors).toEqual([]);
  }, 60_000);
});

describe("upload feedback", () => {
  const BROKEN_CSV = [
    "from,to,type,amountUsd,amountBasis,date,status",
    "a,b,loan,1,headline,2025,signed",
    "a,b,bogus,1,headline,2025,signed",
    'c,"d,loan,1,headline,2025,signed',
    "e,f,loan,1,headline,2025,signed",
  ].join("\n");

  it("an unterminated quote is located and the rows before it are still checked, in a list that can be copied", async () => {
    const { page, errors } = await viewer.open(viewer.served.url);
    await page.setInputFiles('input[type="file"]', {
      name: "broken.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(BROKEN_CSV),
    });
    const dialog = page.locator("#problems-dialog");
    // The upload worker reads the file first: slow on a busy machine.
    await expect.poll(() => dialog.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await dialog.locator("h2").textContent()).toBe("broken.csv cannot be shown");
    const paths = await dialog.locator(".problem-path").allTextContents();
    expect(paths[0]).toBe("row 4, line 4, column 3");
    expect(paths).toContain('row 3, column "type"');
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await dialog.locator(".copy-problems").click();
    await expect.poll(() => dialog.locator(".copy-status").textContent()).toBe("Copied.");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split("\n")[0]).toBe(`broken.csv: ${paths.length} problems`);
    expect(copied).toContain("row 4, line 4, column 3: the quote opened here is never closed");
    expect(errors).toEqual([]);
  }, 60_000);

  it("an opened file's warnings can be opened from its name", async () => {
    const { page, errors } = await viewer.open(viewer.served.url);
    // No amountBasis or status: each row is warned about (assumed headline, announced) and more.
    const csv = "from,to,type,amountUsd,date\na,b,loan,3,2025\nb,a,equity,2,2025\n";
    const { warnings } = importCsv(csv);
    expect(warnings.length).toBeGreaterThanOrEqual(4);
    await page.setInputFiles('input[type="file"]', {
      name: "light.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv),
    });
    const button = page.locator(".dataset-badge .dataset-warnings");
    await expect.poll(() => button.textContent()).toBe(`${warnings.length} warnings`);
    await button.click();
    const dialog = page.locator("#problems-dialog");
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator("h2").textContent()).toBe("Warnings about light.csv");
    expect(await dialog.locator(".problem-path").allTextContents()).toEqual(
      expect.arrayContaining(['row 2, column "amountBasis"', 'row 3, column "status"']),
    );
    expect(await dialog.locator(".problems li").count()).toBe(warnings.length);
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);
});

describe("history", () => {
  const title = (page: Page) => page.locator(".detail:not([hidden]) .detail-title").textContent();
  const historyLength = (page: Page) => page.evaluate(() => history.length);

  it("Back and Forward move through selections, a loop, a tab, the view and a filter; a drag is one entry", async () => {
    // A context of its own: Chromium caps history.length at 50, which a kept page may have reached.
    const { page, errors } = await openViewer(viewer.browser, viewer.served.url);
    const start = await historyLength(page);
    for (const id of ["oracle", "nvidia", "openai"]) {
      await dispatch(page, { type: "select", item: { kind: "entity", id } });
    }
    await expect.poll(() => title(page)).toBe("OpenAI");
    await expect.poll(() => historyLength(page)).toBe(start + 3);
    await page.goBack();
    await expect.poll(() => title(page)).toBe("Nvidia");
    expect(page.url()).toContain("entity=nvidia");
    await page.goBack();
    await expect.poll(() => title(page)).toBe("Oracle");
    await page.goForward();
    await expect.poll(() => title(page)).toBe("Nvidia");
    await page.goBack();
    await page.goBack();
    await expect.poll(() => page.locator(".detail").isHidden()).toBe(true);
    // Forward again: the three selections are still there.
    await page.goForward();
    await expect.poll(() => title(page)).toBe("Oracle");
    await dispatch(page, { type: "select", item: null });

    // A loop, a tab, the committed view and a filter: four entries, undone one by one.
    const loop = engineLoops[0]!.nodes;
    await dispatch(page, { type: "focusCycle", nodes: loop });
    await expect.poll(() => page.locator(".loop-chip").count()).toBe(1);
    await page.click("#tab-filters");
    await page.locator('#view-switch [data-view="committed"]').click();
    await expect.poll(() => page.url()).toContain("view=committed");
    await dispatch(page, { type: "toggleDealType", dealType: "loan" });
    await expect.poll(() => page.url()).toContain("types=");
    await page.goBack();
    await expect.poll(() => page.url()).not.toContain("types=");
    expect(page.url()).toContain("view=committed");
    await page.goBack();
    await expect.poll(() => page.url()).not.toContain("view=committed");
    expect(await page.locator("#tab-filters").getAttribute("aria-selected")).toBe("true");
    await page.goBack();
    await expect.poll(() => page.locator("#tab-cycles").getAttribute("aria-selected")).toBe("true");
    expect(await page.locator(".loop-chip").count()).toBe(1);
    await page.goBack();
    await expect.poll(() => page.locator(".loop-chip").count()).toBe(0);

    // Dragging the date slider through many days adds one entry, and Back undoes the whole drag.
    const slider = page.locator('#timeline input[type="range"]');
    await slider.focus();
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => page.url()).toContain("asOf=");
    const first = page.url();
    const length = await historyLength(page);
    for (let i = 0; i < 7; i++) await page.keyboard.press("ArrowLeft");
    await expect.poll(() => page.url()).not.toBe(first);
    expect(await historyLength(page)).toBe(length);
    await page.goBack();
    await expect.poll(() => page.url()).not.toContain("asOf=");
    expect(await slider.getAttribute("aria-valuetext")).toBe("Today, all deals");
    expect(errors).toEqual([]);
    await page.context().close();
  }, 150_000);

  it("the panel's Back goes from a deal opened in an entity back to that entity", async () => {
    const { page, errors } = await viewer.open(viewer.served.url);
    await dispatch(page, { type: "select", item: { kind: "entity", id: "oracle" } });
    await expect.poll(() => title(page)).toBe("Oracle");
    const deal = curated.deals.find((d) => d.from === "oracle" || d.to === "oracle")!;
    await dispatch(page, { type: "select", item: { kind: "deal", id: deal.id } });
    await expect.poll(() => page.locator(".deal-panel .detail-title").isVisible()).toBe(true);
    await page.locator(".detail .back-button").click();
    await expect.poll(() => title(page)).toBe("Oracle");
    expect(page.url()).toContain("entity=oracle");
    // The entity was the first selection: its Back closes the panel.
    await page.locator(".detail .back-button").click();
    await expect.poll(() => page.locator(".detail").isHidden()).toBe(true);
    expect(errors).toEqual([]);
  }, 60_000);
});

/** The focused element, and whether a sighted user can see it (nothing hidden, inert or zero-sized). */
const focusInfo = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const box = active?.getBoundingClientRect();
    return {
      tag: active?.tagName.toLowerCase() ?? null,
      id: active?.id ?? "",
      className: typeof active?.className === "string" ? active.className : "",
      text: active?.textContent?.trim() ?? "",
      href: active?.getAttribute("href") ?? null,
      /** The class names of its ancestors, innermost first. */
      within: (() => {
        const names: string[] = [];
        for (let node = active?.parentElement; node; node = node.parentElement) {
          if (typeof node.className === "string" && node.className) names.push(node.className);
        }
        return names.join(" ");
      })(),
      visible:
        active !== null &&
        active !== document.body &&
        active.checkVisibility({ visibilityProperty: true }) &&
        active.closest("[inert], [hidden]") === null &&
        (box?.width ?? 0) > 0 &&
        (box?.height ?? 0) > 0,
    };
  });

type FocusInfo = Awaited<ReturnType<typeof focusInfo>>;

/** Tab (or Shift+Tab) until `wanted` holds; every stop on the way must be visible. */
async function tabTo(
  page: Page,
  wanted: (focus: FocusInfo) => boolean,
  { back = false, max = 60 } = {},
): Promise<FocusInfo> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const focus = await focusInfo(page);
    expect(focus.visible, `tab stop ${i}: ${focus.tag}.${focus.className} "${focus.text}"`).toBe(
      true,
    );
    if (wanted(focus)) return focus;
  }
  throw new Error("tabTo: the wanted element was never focused");
}

describe("keyboard journey", () => {
  it("search → entity → its loops → a deal → its source link → back, with keys only", async () => {
    const { page, errors } = await viewer.open(viewer.served.url);
    await page.keyboard.press("/");
    expect((await focusInfo(page)).className).toContain("search-input");
    await page.keyboard.type("Oracle");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await focusInfo(page)).className).toContain("detail-title");
    expect((await focusInfo(page)).text).toBe("Oracle");
    // Its loops: the first loop it is on, highlighted with Enter.
    const loopButton = await tabTo(page, (f) => f.within.includes("mini-loops"));
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".loop-chip").count()).toBe(1);
    expect((await focusInfo(page)).text).toBe(loopButton.text);
    // A deal of its table opens the deal's panel, heading focused.
    await tabTo(page, (f) => f.className.includes("deal-link"));
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await focusInfo(page)).className).toContain("detail-title");
    expect(await page.locator(".deal-panel .detail-title").isVisible()).toBe(true);
    // Its source link.
    const source = await tabTo(page, (f) => f.tag === "a" && (f.href ?? "").startsWith("http"));
    expect(source.href).toMatch(/^https?:\/\//);
    // Back: the panel's Back returns to Oracle, heading focused.
    await tabTo(page, (f) => f.className.includes("back-button"), { back: true });
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await focusInfo(page)).text).toBe("Oracle");
    expect((await focusInfo(page)).className).toContain("detail-title");
    expect(errors).toEqual([]);
  }, 120_000);

  it("the network is reached with Tab; arrows and letters move a visible cursor over the entities; Enter opens one", async () => {
    const { page, errors } = await viewer.open(viewer.served.url);
    await tabTo(page, (f) => f.id === "graph");
    const cursor = page.locator("#graph-cursor");
    await expect.poll(() => cursor.isVisible()).toBe(true);
    const hovered = () =>
      page.evaluate(
        () =>
          (
            window as unknown as {
              __roundtrip: { model: { getState(): { hovered: { id: string } | null } } };
            }
          ).__roundtrip.model.getState().hovered?.id ?? null,
      );
    const first = await hovered();
    expect(first).not.toBeNull();
    const seen = new Set([first]);
    for (const key of ["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp", "ArrowRight"]) {
      await page.keyboard.press(key);
      seen.add(await hovered());
    }
    expect(seen.size).toBeGreaterThan(2);
    await page.keyboard.press("n");
    await expect.poll(() => cursor.textContent()).toMatch(/^N/);
    const name = (await cursor.textContent())!.split(" (")[0]!;
    const id = await hovered();
    expect(curated.entities.find((e) => e.id === id)?.name).toBe(name);
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await focusInfo(page)).text).toBe(name);
    expect((await focusInfo(page)).className).toContain("detail-title");
    expect(errors).toEqual([]);
  }, 120_000);
});

describe("live regions", () => {
  it("announces the changed headline figures once after a change, and a what-if's result", async () => {
    const { page, errors } = await viewer.open(viewer.served.url);
    const region = page.locator("#announcer");
    const loopsBefore = await page.locator('[data-figure="loops"] .figure-value').textContent();
    // Every text the region takes, in order.
    await page.evaluate(() => {
      const said: string[] = [];
      Object.assign(window, { __said: said });
      new MutationObserver(() => {
        const text = document.getElementById("announcer")?.textContent ?? "";
        if (text !== "" && text !== said.at(-1)) said.push(text);
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    const saidSoFar = () => page.evaluate(() => (window as unknown as { __said: string[] }).__said);
    // Three quick changes, each shown in full before the next: one announcement, of the figures
    // as they end up.
    await page.evaluate(async () => {
      const button = (view: string) =>
        document.querySelector<HTMLButtonElement>(`#view-switch [data-view="${view}"]`)!;
      /** Resolves on the first frame where the strip shows `view`'s figures, all of them known. */
      const shown = (view: string) =>
        new Promise<void>((resolve) => {
          const check = () => {
            const values = document.querySelectorAll("#summary [data-figure] .figure-value");
            if (
              button(view).getAttribute("aria-pressed") === "true" &&
              values.length > 0 &&
              [...values].every((value) => value.textContent !== "…")
            )
              resolve();
            else requestAnimationFrame(check);
          };
          check();
        });
      for (const view of ["committed", "announced", "committed"]) {
        button(view).click();
        await shown(view);
      }
    });
    await expect.poll(() => region.textContent(), { timeout: 10_000 }).toMatch(/^Now: /);
    expect(await region.getAttribute("aria-live")).toBe("polite");
    const loopsAfter = await page.locator('[data-figure="loops"] .figure-value').textContent();
    const said = (await region.textContent())!;
    expect(said).toContain(`Loops ${loopsAfter}, was ${loopsBefore}`);
    // The figures passed through on the way were never said: one announcement.
    expect(await saidSoFar()).toEqual([said]);
    await dispatch(page, { type: "select", item: { kind: "entity", id: "oracle" } });
    await page.locator(".what-if-start-button").click();
    await expect
      .poll(() => region.textContent(), { timeout: 10_000 })
      .toMatch(/^If Oracle cannot pay: System loss /);
    expect(await page.locator(".what-if-results").getAttribute("aria-live")).toBeNull();
    expect(errors).toEqual([]);
  }, 90_000);
});

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** axe-core's WCAG 2 A and AA rules on the whole page; the serious and critical violations. */
async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // The app's Content-Security-Policy (script-src 'self') refuses an injected <script> tag
  // (addScriptTag): the source is evaluated through the DevTools protocol instead, which CSP allows.
  // Once per page: the source is half a megabyte.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  // Contrast is read from what is painted: a panel fading in (200 ms) is scanned once it is opaque.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: unknown): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: ["wcag2a", "wcag2aa"] });
    return result.violations;
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

describe("axe", () => {
  for (const colorScheme of ["dark", "light"] as const) {
    // One page per scheme taken through the states a user opens, scanned in each: a page open
    // costs as much as a scan, and the states follow one another as a reader meets them.
    it(`finds no serious or critical WCAG 2 A/AA violation in the main state, with a panel, a what-if's results and rounds, the exposure table, the trend charts, the help and upload errors (${colorScheme})`, async () => {
      // A fresh load per scheme, its localStorage cleared: a theme kept there would outlive the scheme.
      const { page } = await viewer.open(viewer.served.url, { colorScheme });
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
      const scan = async (state: string) =>
        (await seriousViolations(page)).map((v) => ({
          state,
          id: v.id,
          impact: v.impact,
          help: v.help,
          targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
          count: v.nodes.length,
        }));
      const found = await scan("main");
      await dispatch(page, { type: "select", item: { kind: "entity", id: "oracle" } });
      await expect.poll(() => page.locator(".entity-panel .detail-title").isVisible()).toBe(true);
      found.push(...(await scan("entity panel")));
      await page.locator(".what-if-start-button").click();
      await expect
        .poll(() => page.locator(".entity-panel .what-if-summary").textContent(), {
          timeout: 10_000,
        })
        .toContain("System loss");
      found.push(...(await scan("what-if results")));
      await page.locator(".entity-panel .what-if-start").click();
      await expect
        .poll(() => page.locator(".entity-panel .what-if-round").textContent())
        .toMatch(/^round 0 of \d+/);
      found.push(...(await scan("what-if rounds")));
      await dispatch(page, { type: "select", item: null });
      // The exposure table (its 11 px headers were once a faint grey under 4.5:1).
      await page.click("#tab-exposure");
      await expect.poll(() => page.locator(".exposure-table tbody tr").count()).toBeGreaterThan(3);
      found.push(...(await scan("exposure")));
      await page.click("#tab-trend");
      await page.waitForFunction(
        () => performance.getEntriesByName("roundtrip:history").length > 0,
        undefined,
        { timeout: 20_000 },
      );
      await page.locator('.trend-chart[data-measure="gross"]').waitFor();
      await page.locator('.trend-chart[data-measure="gross"] rect.trend-band').first().click();
      await expect.poll(() => page.textContent(".trend-readout")).toMatch(/^Quarter ending /);
      found.push(...(await scan("trend")));
      await page.locator("#open-help").click();
      await expect.poll(() => page.locator("#help-dialog").isVisible()).toBe(true);
      found.push(...(await scan("help")));
      await page.keyboard.press("Escape");
      await expect.poll(() => page.locator("#help-dialog").isVisible()).toBe(false);
      await page.setInputFiles('input[type="file"]', {
        name: "broken.csv",
        mimeType: "text/csv",
        buffer: Buffer.from('from,to,type,date\na,b,bogus,2025\n"c,d,loan,2025\n'),
      });
      // The upload worker reads the file first: slow on a busy machine.
      await expect
        .poll(() => page.locator("#problems-dialog").isVisible(), { timeout: 20_000 })
        .toBe(true);
      found.push(...(await scan("upload errors")));
      expect(found).toEqual([]);
    }, 240_000);
  }
});

describe("how to read this", () => {
  it("opens from the header with every term in plain words, and closes with Escape", async () => {
    const { page, errors } = await viewer.pageAtLink("");
    await page.locator("#open-help").click();
    const dialog = page.locator("#help-dialog");
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator("h2").textContent()).toBe("How to read this");
    expect(await dialog.locator("dt").allTextContents()).toEqual(HELP_TERMS.map((t) => t.term));
    // The summary strip leads with plain words; the technical name is in its tooltip.
    const excess = page.locator('[data-figure="excess"]');
    expect(await excess.locator(".figure-label").textContent()).toBe("Could be netted away");
    expect(await excess.getAttribute("title")).toMatch(/^compressible excess: /);
    // Where the strip has room, the technical name is on screen too, after the plain words.
    expect(await excess.locator(".figure-term").isVisible()).toBe(false);
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect.poll(() => excess.locator(".figure-term").isVisible()).toBe(true);
    expect(await excess.locator(".figure-term").textContent()).toBe("compressible excess");
    const term = (await excess.locator(".figure-term").boundingBox())!;
    expect(term.x + term.width).toBeLessThanOrEqual(
      (await excess.boundingBox())!.x + (await excess.boundingBox())!.width,
    );
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);

  it("opens by itself on a first visit, links to the methodology served as text, and stays closed once dismissed", async () => {
    const { page, errors } = await viewer.open(viewer.served.url, {
      firstVisit: true,
    });
    const dialog = page.locator("#help-dialog");
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // It opens at its top: the heading has the focus, not the first link further down.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe("How to read this");
    expect(
      await dialog.evaluate((d) => d.querySelector(".help-body")?.scrollTop ?? d.scrollTop),
    ).toBe(0);
    const href = await dialog
      .locator("a", { hasText: "the methodology" })
      .evaluate((a) => (a as HTMLAnchorElement).href);
    expect(href).toBe(`${viewer.served.url}methodology`);
    const methodology = await page.request.get(href);
    expect(methodology.status()).toBe(200);
    expect(methodology.headers()["content-type"]).toBe("text/plain; charset=utf-8");
    expect(await methodology.text()).toMatch(/^# Methodology\n/);
    // Reloaded before it is dismissed, it opens again; dismissed, never again.
    await page.reload();
    await page.waitForSelector("body.ready", { timeout: 20_000 });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.locator("button", { hasText: "Close" }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.reload();
    await page.waitForSelector("body.ready", { timeout: 20_000 });
    expect(await dialog.isVisible()).toBe(false);
    expect(errors).toEqual([]);
  }, 60_000);
});

describe("plain words", () => {
  it("labels figures in plain words with the technical name second: loops, exposure, entity panel, trend", async () => {
    const { page, errors } = await viewer.open(viewer.served.url);
    const text = plainLabelText;
    // Loops: the minimum filter and the sort.
    expect(await page.locator('label[for="loop-min-bottleneck"]').textContent()).toBe(
      `${text(PLAIN_LABELS.bottleneck)} at least ($M)`,
    );
    expect(await page.locator('#loop-sort option[value="bottleneck"]').textContent()).toBe(
      `${text(PLAIN_LABELS.bottleneck)}, largest first`,
    );
    // The exposure table's headers.
    await page.click("#tab-exposure");
    await expect
      .poll(() => page.locator(".exposure-table thead th").allTextContents())
      .toEqual(["Entity", text(PLAIN_LABELS.roundTripShare), text(PLAIN_LABELS.roundTripUsd)]);
    // The entity panel's figures.
    await dispatch(page, { type: "select", item: { kind: "entity", id: "oracle" } });
    const labels = page.locator(".entity-panel .stat-label");
    await expect.poll(() => labels.count()).toBeGreaterThan(5);
    expect(await labels.allTextContents()).toEqual(
      expect.arrayContaining(
        (
          [
            "roundTripShare",
            "roundTripUsd",
            "maxRoundTrip",
            "vendorFinanced",
            "pageRank",
            "betweenness",
          ] as const
        ).map((key) => text(PLAIN_LABELS[key])),
      ),
    );
    await dispatch(page, { type: "select", item: null });
    // The trend charts.
    await page.click("#tab-trend");
    await page.waitForFunction(
      () => performance.getEntriesByName("roundtrip:history").length > 0,
      undefined,
      { timeout: 20_000 },
    );
    const finn = page.locator('.trend-chart[data-measure="finn"]');
    await expect
      .poll(() => finn.locator("figcaption").textContent())
      .toMatch(new RegExp(`^${text(PLAIN_LABELS.finn).replace(/[()]/g, "\\$&")}`));
    expect(await finn.getAttribute("aria-label")).toMatch(
      /^Money going round \(Finn cycling index\) per quarter/,
    );
    expect(errors).toEqual([]);
  }, 90_000);
});
