// The viewer's stress scenario and counterparty exposure (issue 13) in real headless Chromium on
// the curated dataset: the same figures as the engine (and so the CLI and API) computes.

import { readFileSync } from "node:fs";
import type { Dataset } from "@engine";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatShare, formatUsd } from "../../client/format.js";
import { lossColor } from "../../client/stress-panel/loss-color.js";
import { buildFinancingGraph, runScenario } from "../../server/analysis/index.js";
import { launchBrowser } from "./launch-browser.js";
import { nodeColor, openViewer } from "./page-helpers.js";
import { type ServedViewer, serveViewer } from "./serve-viewer.js";

const curated = JSON.parse(readFileSync("data/deals.json", "utf8")) as Dataset;
const scenario = (shock: number) =>
  runScenario(buildFinancingGraph(curated), { shocks: [{ id: "openai", shock }] });

let browser: Browser;
let served: ServedViewer;

beforeAll(async () => {
  browser = await launchBrowser();
  served = await serveViewer(curated);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe("what if an entity cannot pay", () => {
  it("answers from the entity panel with the engine's figures, and lists counterparty exposure", async () => {
    const { page, errors } = await openViewer(browser, `${served.url}#entity=openai`);
    await expect.poll(() => page.textContent(".entity-panel .detail-title")).toBe("OpenAI");

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
    await expect.poll(() => nodeColor(page, "oracle")).toBe(lossColor(1));
    const meta = fails.entities.find((row) => row.id === "meta")!;
    expect(meta.relativeLoss).toBeGreaterThan(0);
    expect(meta.relativeLoss).toBeLessThan(1);
    expect(await nodeColor(page, "meta")).toBe(lossColor(meta.relativeLoss));
    await expect.poll(() => decodeURIComponent(page.url())).toContain("shock=openai:1");
    // Step through the contagion: round 0 is the shock alone, round 1 its first creditors.
    const history = runScenario(buildFinancingGraph(curated), {
      shocks: [{ id: "openai", shock: 1 }],
      historyRounds: 200,
    }).history!;
    const oracleAt = fails.entities.findIndex((row) => row.id === "oracle");
    await page.click(".entity-panel .what-if-start");
    await expect.poll(() => nodeColor(page, "oracle")).toBe(lossColor(0));
    expect(await nodeColor(page, "openai")).toBe(lossColor(1));
    expect(await page.textContent(".entity-panel .what-if-round")).toBe(
      `round 0 of ${history.length - 1}`,
    );
    await page.click(".entity-panel .what-if-forward");
    await expect.poll(() => nodeColor(page, "oracle")).toBe(lossColor(history[1]![oracleAt]!));
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
    await page.locator(".entity-panel .what-if select").selectOption("cascade");
    await expect.poll(() => summary.textContent()).toContain("0 other defaults");

    expect(await page.locator(".entity-panel .what-if-table tbody tr").count()).toBe(1);
    // A row leads to that entity.
    await page.locator(".entity-panel .what-if select").selectOption("debtrank");
    await oracleRow.locator("button").click();
    await expect.poll(() => page.textContent(".entity-panel .detail-title")).toBe("Oracle");
    expect(errors).toEqual([]);
  }, 90_000);

  it("restores a shared scenario from the link, and clears it", async () => {
    const { page, errors } = await openViewer(
      browser,
      `${served.url}#entity=openai&shock=openai:0.5&model=debtrank`,
    );
    const summary = page.locator(".entity-panel .what-if-summary");
    const half = scenario(0.5);
    await expect
      .poll(() => summary.textContent())
      .toContain(`System loss ${formatUsd(half.systemLossUsd)}`);
    const nvidia = half.entities.find((row) => row.id === "nvidia")!;
    await expect.poll(() => nodeColor(page, "nvidia")).toBe(lossColor(nvidia.relativeLoss));
    await page.click(".entity-panel .what-if-clear");
    await expect.poll(() => nodeColor(page, "nvidia")).not.toBe(lossColor(nvidia.relativeLoss));
    await expect.poll(() => page.url()).not.toContain("shock=");
    expect(errors).toEqual([]);
  }, 90_000);
});
