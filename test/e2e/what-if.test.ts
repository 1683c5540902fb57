// The viewer's stress scenario and counterparty exposure (issue 13) in real headless Chromium on
// the curated dataset: the same figures as the engine (and so the CLI and API) computes.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Dataset } from "@engine";
import { describe, expect, it } from "vitest";
import { inclusionFor } from "../../client/analyze-view.js";
import { formatShare, formatUsd } from "../../client/format.js";
import { LABELLED_DEFAULTS } from "../../client/graph-view/reducer-context.js";
import { LOSS_STOPS, lossColor } from "../../client/stress-panel/loss-color.js";
import { ROUND_PLAY_DEFAULTS, roundDelayMs } from "../../client/stress-panel/round-player.js";
import { FILTER_DEFAULTS } from "../../client/view-state.js";
import {
  buildFinancingGraph,
  computeCentrality,
  computeCounterpartyExposure,
  computeFlowMatrix,
  runScenario,
} from "../../server/analysis/index.js";
import { displayLabel } from "../../shared/display-label.js";
import { dispatch, nodeColor, openViewer } from "./page-helpers.js";
import { serveViewer } from "./serve-viewer.js";
import { curated, useViewer } from "./use-viewer.js";

/** The colour of a relative loss in the page's current theme (each theme has its own scale). */
const lossColorOn = async (page: import("playwright-core").Page, relativeLoss: number) =>
  lossColor(
    relativeLoss,
    await page.evaluate(() =>
      document.documentElement.dataset.theme === "light" ? "light" : "dark",
    ),
  );

const scenario = (shock: number) =>
  runScenario(buildFinancingGraph(curated), { shocks: [{ id: "openai", shock }] });

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

const viewer = useViewer();

describe("what if an entity cannot pay", () => {
  it("answers from the entity panel with the engine's figures, and lists counterparty exposure", async () => {
    const { page, errors } = await viewer.pageAtLink("entity=openai");
    await expect.poll(() => page.textContent(".entity-panel .detail-title")).toBe("OpenAI");

    // Centrality: the engine's PageRank and betweenness, with OpenAI's rank among all entities.
    const centrality = computeCentrality(
      computeFlowMatrix(buildFinancingGraph(curated), inclusionFor(FILTER_DEFAULTS, null)),
    );
    const own = centrality.find((row) => row.id === "openai")!;
    const statOf = (label: string) =>
      page.locator(".entity-panel .stat").filter({
        // Plain words first, the technical name second: "Where money ends up (PageRank)".
        has: page.locator(".stat-label", { hasText: new RegExp(`\\(${label}\\)$`, "i") }),
      });
    // Computed when the page is idle: polled.
    await expect
      .poll(() => statOf("PageRank").locator(".stat-value").textContent())
      .toBe(formatShare(own.pageRank));
    expect(await statOf("PageRank").locator(".stat-pair").textContent()).toBe(
      `#${1 + centrality.filter((row) => row.pageRank > own.pageRank).length} of ${centrality.length}`,
    );
    expect(await statOf("Betweenness").locator(".stat-value").textContent()).toBe(
      formatShare(own.betweenness),
    );

    // Counterparty exposure: who stands to lose if OpenAI cannot pay — Oracle's $300B contract first.
    const section = page.locator(".entity-panel .counterparty-section");
    await expect.poll(() => section.textContent()).toContain("Exposed to OpenAI");
    const firstExposed = section.locator("table >> nth=1").locator("tbody tr >> nth=0");
    expect(await firstExposed.locator("td >> nth=0").textContent()).toBe("Oracle");
    expect(await firstExposed.locator("td >> nth=1").textContent()).toBe("$300.0B");

    await page.click(".entity-panel .what-if .chip-button");
    const summary = page.locator(".entity-panel .what-if-summary");
    const fails = scenario(1);
    await expect
      .poll(() => summary.textContent())
      .toContain(`System loss ${formatUsd(fails.systemLossUsd)}`);
    expect(await summary.textContent()).toContain(`DebtRank ${formatShare(fails.debtRank)}`);
    const oracleRow = page.locator('.entity-panel .what-if-table tr[data-id="oracle"]');
    const oracle = fails.entities.find((row) => row.id === "oracle")!;
    expect(await oracleRow.locator("td >> nth=1").textContent()).toBe(formatUsd(oracle.lossUsd));
    expect(await oracleRow.locator("td >> nth=3").textContent()).toBe(
      oracle.defaultRound === null ? "" : `round ${oracle.defaultRound}`,
    );
    // The graph colours by relative loss, names the defaulted, and the link carries the scenario.
    await expect.poll(() => nodeColor(page, "oracle")).toBe(await lossColorOn(page, 1));
    // The legend shows the same scale, the page's theme's.
    const theme = await page.evaluate(() => document.documentElement.dataset.theme);
    const rgb = (hex: string) =>
      `rgb(${[1, 3, 5].map((k) => Number.parseInt(hex.slice(k, k + 2), 16)).join(", ")})`;
    expect(
      await page
        .locator(".entity-panel .loss-legend .loss-scale")
        .evaluate((scale) => getComputedStyle(scale).backgroundImage),
    ).toBe(
      `linear-gradient(to right, ${LOSS_STOPS[theme === "light" ? "light" : "dark"].map(rgb).join(", ")})`,
    );
    const meta = fails.entities.find((row) => row.id === "meta")!;
    expect(meta.relativeLoss).toBeGreaterThan(0);
    expect(meta.relativeLoss).toBeLessThan(1);
    expect(await nodeColor(page, "meta")).toBe(await lossColorOn(page, meta.relativeLoss));
    await expect.poll(() => decodeURIComponent(page.url())).toContain("shock=openai:1");
    // Step through the contagion: round 0 is the shock alone, round 1 its first creditors.
    const history = runScenario(buildFinancingGraph(curated), {
      shocks: [{ id: "openai", shock: 1 }],
      historyRounds: 200,
    }).history!;
    const oracleAt = fails.entities.findIndex((row) => row.id === "oracle");
    await page.click(".entity-panel .what-if-start");
    await expect.poll(() => nodeColor(page, "oracle")).toBe(await lossColorOn(page, 0));
    expect(await nodeColor(page, "openai")).toBe(await lossColorOn(page, 1));
    expect(await page.textContent(".entity-panel .what-if-round")).toBe(
      `round 0 of ${history.length - 1}`,
    );
    await page.click(".entity-panel .what-if-forward");
    await expect
      .poll(() => nodeColor(page, "oracle"))
      .toBe(await lossColorOn(page, history[1]![oracleAt]!));
    expect(await page.textContent(".entity-panel .what-if-round")).toBe(
      `round 1 of ${history.length - 1}`,
    );
    const ms = Number(await summary.getAttribute("data-ms"));
    console.info(`what-if on the curated dataset recomputed in ${ms} ms`);

    // "What if OpenAI pays only half?"
    await page.locator(".entity-panel .what-if input[type=range]").evaluate((input) => {
      (input as HTMLInputElement).value = "50";
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
    const half = scenario(0.5);
    await expect
      .poll(() => summary.textContent())
      .toContain(`System loss ${formatUsd(half.systemLossUsd)}`);
    expect(await page.textContent(".entity-panel .what-if-shock")).toBe("pays 50.0%");

    // The cascade passes nothing on without a default.
    await page.locator(".entity-panel .what-if-model").selectOption("cascade");
    await expect.poll(() => summary.textContent()).toContain("0 other defaults");

    expect(await page.locator(".entity-panel .what-if-table tbody tr").count()).toBe(1);
    // A row leads to that entity.
    await page.locator(".entity-panel .what-if-model").selectOption("debtrank");
    await oracleRow.locator("button").click();
    await expect.poll(() => page.textContent(".entity-panel .detail-title")).toBe("Oracle");
    expect(errors).toEqual([]);
  }, 90_000);

  it("restores a shared scenario from the link, and clears it", async () => {
    const { page, errors } = await viewer.open(
      `${viewer.served.url}#entity=openai&shock=openai:0.5&model=debtrank`,
    );
    const summary = page.locator(".entity-panel .what-if-summary");
    const half = scenario(0.5);
    await expect
      .poll(() => summary.textContent())
      .toContain(`System loss ${formatUsd(half.systemLossUsd)}`);
    const nvidia = half.entities.find((row) => row.id === "nvidia")!;
    await expect
      .poll(() => nodeColor(page, "nvidia"))
      .toBe(await lossColorOn(page, nvidia.relativeLoss));
    await page.click(".entity-panel .what-if-clear");
    await expect
      .poll(() => nodeColor(page, "nvidia"))
      .not.toBe(await lossColorOn(page, nvidia.relativeLoss));
    await expect.poll(() => page.url()).not.toContain("shock=");
    expect(errors).toEqual([]);
  }, 90_000);
});

describe("playing the rounds", () => {
  /**
   * Record every text the round readout shows, with when it showed it — once the entity panel has
   * its last figures (the other view, the history): their arrival redraws the panel.
   */
  const recordRounds = async (page: import("playwright-core").Page) => {
    await expect
      .poll(async () => (await page.locator(".entity-panel .sparkline").count()) > 0, {
        timeout: 30_000,
      })
      .toBe(true);
    await expect.poll(() => page.locator(".entity-panel .stats").textContent()).not.toContain("…");
    // The whole panel is watched: a redraw replaces the readout (with the same text).
    await page.evaluate(() => {
      const panel = document.querySelector(".entity-panel")!;
      const readout = () => panel.querySelector(".what-if-round")?.textContent ?? "";
      let last = readout();
      const seen: { text: string; at: number }[] = [];
      Object.assign(window, { __rounds: seen });
      new MutationObserver(() => {
        if (readout() === last) return;
        last = readout();
        seen.push({ text: last, at: performance.now() });
      }).observe(panel, { childList: true, characterData: true, subtree: true });
    });
  };
  const recorded = (page: import("playwright-core").Page) =>
    page.evaluate(
      () => (window as unknown as { __rounds: { text: string; at: number }[] }).__rounds,
    );

  it("plays from the shock through every round to the final losses, and pauses", async () => {
    const { page, errors } = await openViewer(
      viewer.browser,
      `${viewer.served.url}#entity=openai&shock=openai:1&model=debtrank`,
    );
    const history = runScenario(buildFinancingGraph(curated), {
      shocks: [{ id: "openai", shock: 1 }],
      historyRounds: 200,
    }).history!;
    const last = history.length - 1;
    const play = page.locator(".entity-panel .what-if-play");
    await expect.poll(() => play.textContent()).toBe("Play");
    await recordRounds(page);
    // From here the page's time is Playwright's clock: its timers fire only as the test runs it,
    // so the play takes no waiting, and a round that came early or late would show.
    const delay = roundDelayMs(last, false);
    const round = () => page.textContent(".entity-panel .what-if-round");
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1_000);
    await play.click();
    expect(await play.textContent()).toBe("Pause");
    await page.clock.runFor(delay);
    expect(await round()).toBe(`round 1 of ${last}`);
    // A redraw of the entity panel mid-play (here the ego view) neither stops nor restarts it.
    await page.locator(".entity-panel").getByRole("button", { name: "Ego view" }).click();
    await expect.poll(() => page.locator(".entity-panel [aria-pressed=true]").count()).toBe(1);
    expect(await play.textContent()).toBe("Pause");
    await page.clock.runFor(delay * (last + 1));
    expect(await play.textContent()).toBe("Play");
    const texts = (await recorded(page)).map((entry) => entry.text);
    expect(texts).toEqual([
      ...Array.from({ length: last + 1 }, (_, k) => `round ${k} of ${last}`),
      "final losses",
    ]);
    expect(await nodeColor(page, "openai")).toBe(await lossColorOn(page, 1));

    // Pause holds the round on screen: a play that went on would show the next round.
    await play.click();
    await page.clock.runFor(delay - 1);
    expect(await round()).toBe(`round 0 of ${last}`);
    await page.clock.runFor(delay);
    expect(await round()).toBe(`round 1 of ${last}`);
    await play.click();
    await page.clock.runFor(10 * delay);
    expect(await play.textContent()).toBe("Play");
    expect(await round()).toBe(`round 1 of ${last}`);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);

  it("holds each round still for two seconds when the reader asks for reduced motion", async () => {
    const { page, errors } = await openViewer(
      viewer.browser,
      `${viewer.served.url}#entity=openai&shock=openai:1&model=cascade`,
    );
    await page.emulateMedia({ reducedMotion: "reduce" });
    const play = page.locator(".entity-panel .what-if-play");
    await expect.poll(() => play.textContent()).toBe("Play");
    await recordRounds(page);
    // On Playwright's clock: each round shows for exactly its delay, with no waiting.
    const { reducedDelayMs } = ROUND_PLAY_DEFAULTS;
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1_000);
    const round = () => page.textContent(".entity-panel .what-if-round");
    await play.click();
    for (const k of [1, 2]) {
      await page.clock.runFor(reducedDelayMs - 1);
      expect(await round()).toMatch(`round ${k - 1} of`);
      await page.clock.runFor(1);
      expect(await round()).toMatch(`round ${k} of`);
    }
    await play.click();
    expect((await recorded(page)).map((entry) => entry.text.slice(0, 8))).toEqual([
      "round 0 ",
      "round 1 ",
      "round 2 ",
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);
});

describe("a scenario of several shocks", () => {
  it("adds companies with partial shocks, keeps them in the link, restores and removes them", async () => {
    const { page, errors } = await viewer.pageAtLink("entity=openai");
    await expect.poll(() => page.textContent(".entity-panel .detail-title")).toBe("OpenAI");
    await page.click(".entity-panel .what-if-start-button");
    // Another company from the list, then "what if Oracle pays only half?".
    await page.locator(".entity-panel .what-if-add").selectOption("oracle");
    const oracleShock = page.locator('.entity-panel .what-if-shock-row[data-id="oracle"]');
    await oracleShock.locator("input[type=range]").evaluate((input) => {
      (input as HTMLInputElement).value = "50";
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
    expect(await oracleShock.locator(".what-if-shock").textContent()).toBe("pays 50.0%");
    const both = runScenario(buildFinancingGraph(curated), {
      shocks: [
        { id: "openai", shock: 1 },
        { id: "oracle", shock: 0.5 },
      ],
    });
    const summary = page.locator(".entity-panel .what-if-summary");
    await expect
      .poll(() => summary.textContent())
      .toContain(`System loss ${formatUsd(both.systemLossUsd)}`);
    expect(await summary.textContent()).toContain(`DebtRank ${formatShare(both.debtRank)}`);
    const nvidia = both.entities.find((row) => row.id === "nvidia")!;
    await expect
      .poll(() => nodeColor(page, "nvidia"))
      .toBe(await lossColorOn(page, nvidia.relativeLoss));
    await expect
      .poll(() => decodeURIComponent(page.url()))
      .toContain("shock=openai:1,oracle:0.5&model=debtrank");

    // From another company's panel: the same scenario, and a button to add that company.
    await dispatch(page, { type: "select", item: { kind: "entity", id: "nvidia" } });
    await expect.poll(() => page.textContent(".entity-panel .detail-title")).toBe("Nvidia");
    expect(await page.locator(".entity-panel .what-if-shock-row").count()).toBe(2);
    await page.click(".entity-panel .what-if-add-this");
    await expect
      .poll(() => decodeURIComponent(page.url()))
      .toContain("shock=openai:1,oracle:0.5,nvidia:1");
    const three = runScenario(buildFinancingGraph(curated), {
      shocks: [
        { id: "openai", shock: 1 },
        { id: "oracle", shock: 0.5 },
        { id: "nvidia", shock: 1 },
      ],
      model: "cascade",
      recovery: 0.4,
    });
    await page.locator(".entity-panel .what-if-model").selectOption("cascade");
    await page.locator('.entity-panel .what-if input[type="number"]').fill("40");
    await expect
      .poll(() => summary.textContent())
      .toContain(`System loss ${formatUsd(three.systemLossUsd)}`);
    await expect.poll(() => decodeURIComponent(page.url())).toContain("model=cascade&recovery=0.4");
    const shared = page.url();

    // The link restores all three shocks, the model and the recovery rate.
    const again = await viewer.open(shared);
    const restored = again.page.locator(".entity-panel .what-if-shock-row");
    await expect.poll(() => restored.count()).toBe(3);
    expect(
      await restored.evaluateAll((rows) => rows.map((row) => row.getAttribute("data-id"))),
    ).toEqual(["openai", "oracle", "nvidia"]);
    expect(
      await again.page
        .locator('.entity-panel .what-if-shock-row[data-id="oracle"] input[type=range]')
        .inputValue(),
    ).toBe("50");
    expect(await again.page.locator(".entity-panel .what-if-model").inputValue()).toBe("cascade");
    const restoredSummary = again.page.locator(".entity-panel .what-if-summary");
    await expect
      .poll(() => restoredSummary.textContent())
      .toContain(`System loss ${formatUsd(three.systemLossUsd)}`);
    // Removing a shock takes it out of the scenario and the link.
    await again.page.click('.entity-panel .what-if-shock-row[data-id="openai"] .what-if-remove');
    await expect
      .poll(() => decodeURIComponent(again.page.url()))
      .toContain("shock=oracle:0.5,nvidia:1&");
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
  }, 120_000);

  it("on a phone marks defaults ✕k, labels for sure only the largest, and the keyboard's caption says the round", async () => {
    const { page, errors } = await viewer.open(
      `${viewer.served.url}#entity=openai&shock=openai:1`,
      { width: 390, height: 844, touch: true },
    );
    await page.locator(".entity-panel .what-if-summary").waitFor();
    const fails = scenario(1);
    const defaulted = fails.entities.filter((row) => row.defaultRound !== null);
    expect(defaulted.length).toBeGreaterThan(LABELLED_DEFAULTS.compact + 1);
    const names = new Map(curated.entities.map((e) => [e.id, e.name]));
    const labels = new Map(curated.entities.map((e) => [e.id, displayLabel(e.name)]));
    const drawn = () =>
      page.evaluate(
        (ids) => {
          const { renderer } = (
            window as unknown as { __roundtrip: { renderer: import("sigma").default } }
          ).__roundtrip;
          return ids.map((id) => {
            const data = renderer.getNodeDisplayData(id)!;
            return { id, label: data.label, forced: data.forceLabel === true };
          });
        },
        defaulted.map((row) => row.id),
      );
    await expect
      .poll(async () => (await drawn()).map(({ label }) => label))
      .toEqual(
        defaulted.map((row) =>
          // The chosen entity (OpenAI, the shocked) is named in full.
          row.id === "openai"
            ? `${labels.get(row.id)} ✕ shocked`
            : `${labels.get(row.id)} ✕${row.defaultRound}`,
        ),
      );
    // The shocked and the four largest losses are sure of a label; the rest where there is room.
    expect((await drawn()).filter(({ forced }) => forced).length).toBe(
      LABELLED_DEFAULTS.compact + 1,
    );
    // A default whose label may be left out is still told by the keyboard's caption.
    const unlabelled = (await drawn()).find(({ forced }) => !forced)!;
    const row = defaulted.find(({ id }) => id === unlabelled.id)!;
    await page.focus("#graph");
    const caption = page.locator("#graph-cursor");
    const name = names.get(row.id)!;
    for (let press = 0; press < 30; press++) {
      await page.keyboard.press(name[0]!.toLowerCase());
      if ((await caption.textContent())?.startsWith(`${name} (`)) break;
    }
    expect((await caption.textContent())?.startsWith(`${name} (`)).toBe(true);
    expect(await caption.textContent()).toContain(`defaulted in round ${row.defaultRound}`);
    expect(errors).toEqual([]);
  }, 120_000);
});

describe("the counterparty exposure matrix", () => {
  it("draws every non-zero exposure with the engine's figure, reads a square, and opens its holder", async () => {
    const { page, errors } = await viewer.open(viewer.served.url);
    await page.click("#tab-exposure");
    await page.click(".matrix-open");
    const dialog = page.locator("dialog.matrix-dialog");
    await expect.poll(() => dialog.isVisible()).toBe(true);

    // Every square is one engine cell E[holder][counterparty], and every engine cell has its square.
    const engine = computeCounterpartyExposure(
      buildFinancingGraph(curated),
      inclusionFor(FILTER_DEFAULTS, null),
    );
    const expected = engine
      .flatMap((row) =>
        row.exposureTo
          .filter((cell) => cell.amountUsd > 0)
          .map((cell) => `${row.id}>${cell.counterparty}=${cell.amountUsd}`),
      )
      .sort();
    const drawn = await dialog
      .locator("rect.matrix-cell")
      .evaluateAll((rects) =>
        rects.map(
          (r) =>
            `${r.getAttribute("data-holder")}>${r.getAttribute("data-counterparty")}=${r.getAttribute("data-amount-usd")}`,
        ),
      );
    expect(expected.length).toBeGreaterThan(50);
    expect(drawn.sort()).toEqual(expected);
    // Rows in order of total exposure: the first is the most exposed entity either way.
    const totals = new Map<string, number>();
    for (const row of engine) {
      for (const cell of row.exposureTo) {
        totals.set(row.id, (totals.get(row.id) ?? 0) + cell.amountUsd);
        totals.set(cell.counterparty, (totals.get(cell.counterparty) ?? 0) + cell.amountUsd);
      }
    }
    const ranked = [...totals]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([id]) => id);
    const firstRow = dialog.locator(".matrix-row-label >> nth=0").locator("title");
    expect(await firstRow.textContent()).toBe(
      curated.entities.find((e) => e.id === ranked[0])!.name,
    );

    // Hover: Nvidia's exposure to OpenAI, the figure and the deals behind it.
    const nvidia = engine.find((row) => row.id === "nvidia")!;
    const toOpenai = nvidia.exposureTo.find((cell) => cell.counterparty === "openai")!;
    const square = dialog.locator('rect[data-holder="nvidia"][data-counterparty="openai"]');
    await square.hover();
    const readout = dialog.locator(".matrix-readout");
    await expect
      .poll(() => readout.textContent())
      .toContain(`Nvidia stands to lose ${formatUsd(toOpenai.amountUsd)} if OpenAI cannot pay`);
    expect(await readout.textContent()).toContain(
      `${toOpenai.deals.length} deal${toOpenai.deals.length === 1 ? "" : "s"}`,
    );
    // axe (WCAG 2 A/AA) on the open dialog: no serious or critical violation. The page's CSP
    // refuses an injected <script>: the source is evaluated through the DevTools protocol.
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              context: Element,
              options: unknown,
            ): Promise<{ violations: { id: string; impact: string | null }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document.querySelector("dialog.matrix-dialog")!, {
        runOnly: ["wcag2a", "wcag2aa"],
      });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact }));
    });
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    // The colour legend and the table alternative carry the same figure.
    expect(await dialog.locator(".matrix-legend .loss-scale").count()).toBe(1);
    const tableRow = dialog.locator(
      '.matrix-table tr[data-holder="nvidia"][data-counterparty="openai"]',
    );
    expect(await tableRow.locator("td >> nth=1").textContent()).toBe(formatUsd(toOpenai.amountUsd));

    // Keyboard: focusing the matrix keeps the square read last; Down moves to the next row's
    // square in that column; Enter opens that row's entity.
    await dialog.locator("svg.matrix-svg").focus();
    await page.keyboard.press("ArrowDown");
    const below = ranked[ranked.indexOf("nvidia") + 1]!;
    const belowName = curated.entities.find((e) => e.id === below)!.name;
    await expect
      .poll(async () => (await readout.textContent())?.startsWith(`${belowName} `))
      .toBe(true);
    expect(await readout.textContent()).toContain("OpenAI");
    await page.keyboard.press("Enter");
    await expect.poll(() => dialog.count()).toBe(0);
    const secondId = await page.evaluate(
      () =>
        (
          window as unknown as {
            __roundtrip: { model: { getState(): { selection: { id: string } | null } } };
          }
        ).__roundtrip.model.getState().selection?.id,
    );
    expect(secondId).toBe(below);
    expect(errors).toEqual([]);
  }, 90_000);

  it("draws hostile entity names as text", async () => {
    const hostile = JSON.parse(
      readFileSync("test/e2e/fixtures/hostile-dataset.json", "utf8"),
    ) as Dataset;
    const hostileServer = await serveViewer(hostile);
    try {
      const { page, errors, dialogs } = await viewer.open(hostileServer.url);
      await page.click("#tab-exposure");
      await page.click(".matrix-open");
      const labels = page.locator("dialog.matrix-dialog .matrix-row-label");
      await expect.poll(() => labels.count()).toBe(3);
      const texts = await labels.allTextContents();
      expect(texts.some((text) => text.startsWith("<img src=x"))).toBe(true);
      await page.locator('rect[data-holder="evil"]').first().hover();
      await expect
        .poll(() => page.textContent("dialog.matrix-dialog .matrix-readout"))
        .toContain("<img src=x onerror=alert(1)> stands to lose");
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))),
      );
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await hostileServer.close();
    }
  }, 90_000);
});
