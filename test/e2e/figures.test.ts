// Issue 11 in the browser: the timeline on a time axis, what each deal is (dashed promises, basis
// and status, superseded deals struck through), both views of every figure, the trend chart.

import { analyzeDataset } from "@engine";
import { describe, expect, it } from "vitest";
import { formatUsd } from "../../client/format.js";
import { figure } from "./page-helpers.js";
import { curated, useViewer } from "./use-viewer.js";

const LOI = "nvidia-openai-2025-09-loi";
const STAKE = curated.deals.find((deal) => deal.supersedes === LOI)!;

const viewer = useViewer();

describe("the timeline on a time axis", () => {
  it("spaces the years by time, reads the date, and steps deal date by deal date", async () => {
    const { page, errors } = await viewer.pageAtLink("asOf=2025-03-31");
    const slider = page.locator('#timeline input[type="range"]');
    expect(await slider.getAttribute("aria-valuetext")).toBe("31 Mar 2025");
    expect(await page.textContent(".timeline-thumb")).toBe("31 Mar 2025");
    // Year ticks sit at equal distances: positions follow time, not the number of deals.
    const lefts = await page.$$eval(".timeline-ticks .tick-year", (ticks) =>
      ticks.map((tick) => tick.getBoundingClientRect().left),
    );
    expect(lefts.length).toBeGreaterThan(4);
    const gaps = lefts.slice(1).map((left, i) => left - lefts[i]!);
    for (const gap of gaps) expect(Math.abs(gap - gaps[0]!)).toBeLessThan(2);

    const dates = [...new Set(curated.deals.map((deal) => deal.date))].sort();
    const next = dates.find((date) => date > "2025-03-31")!;
    await page.click(".timeline .step-forward");
    await expect.poll(() => slider.getAttribute("aria-valuetext")).not.toBe("31 Mar 2025");
    await expect.poll(() => page.url()).toContain(`asOf=${next}`);
    await slider.focus();
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => page.url()).toContain("asOf=2025-03-");
    await page.keyboard.press("End");
    await expect.poll(() => slider.getAttribute("aria-valuetext")).toBe("Today, all deals");
    expect(errors).toEqual([]);
  });

  it("plays faster at a higher speed", async () => {
    const { page } = await viewer.open(`${viewer.served.url}#asOf=2024-01-01`);
    await page.selectOption(".timeline-speed", "4");
    await page.click(".timeline .play");
    // 4× is a year a second: a year on within a few frames.
    await expect
      .poll(() => page.getAttribute('#timeline input[type="range"]', "aria-valuetext"), {
        timeout: 5000,
      })
      .toMatch(/ 2025$/);
    await page.click(".timeline .play");
  });
});

describe("what each deal is", () => {
  it("strikes a superseded deal through and links to the deal that replaced it", async () => {
    const { page, errors } = await viewer.pageAtLink("entity=nvidia");
    const row = page.locator(".deal-table tr", { has: page.locator(`[aria-label="Deal ${LOI}"]`) });
    await expect.poll(() => row.getAttribute("class")).toContain("superseded");
    // The table is drawn again when the worker's analysis arrives: poll the row as drawn last.
    await expect
      .poll(() =>
        row
          .locator(".deal-amount-cell")
          .evaluate((cell) => getComputedStyle(cell).textDecorationLine),
      )
      .toBe("line-through");
    expect(await row.locator(".deal-meta").textContent()).toMatch(/headline · \w+ · superseded/);
    await row.locator(".replaced-by").click();
    await expect.poll(() => page.url()).toContain(`deal=${encodeURIComponent(STAKE.id)}`);
    expect(await page.textContent(".deal-panel .commitment")).toMatch(/firm commitment/);
    expect(errors).toEqual([]);
  });

  it("as of a date before the replacement, the letter of intent stands", async () => {
    const { page } = await viewer.pageAtLink(`deal=${LOI}&asOf=2025-12-31`);
    await expect.poll(() => page.textContent(".deal-panel .detail-title")).toContain("Nvidia");
    expect(await page.locator(".deal-panel .replaced-by").count()).toBe(0);
    expect(await page.textContent(".deal-panel .commitment")).toMatch(/Not a firm commitment/);
  });

  it("counts superseded deals too from the filters: the letter of intent is back in the Nvidia → OpenAI loops, in the URL and the badge, until reset", async () => {
    // The engine's own answer with the rule off: the top loop that the letter of intent joins.
    const audit = analyzeDataset(curated, {
      maxLength: 8,
      maxCycles: 5000,
      includeSuperseded: true,
    });
    const loop = audit.cycles.cycles.find((cycle) => cycle.deals.flat().includes(LOI))!;
    expect(loop.nodes).toContain("nvidia");
    expect(loop.nodes).toContain("openai");
    const { page, errors } = await viewer.pageAtLink("");
    const card = page.locator(`.cycle-card[data-cycle="${loop.nodes.join("\u001f")}"]`);
    const loiChips = page.locator(`.cycle-card .deal-full[data-deal="${LOI}"]`);
    await card.waitFor();
    expect(await loiChips.count()).toBe(0);
    const announced = card.locator('.bottleneck-side[data-view="announced"] strong');
    expect(await announced.textContent()).not.toBe(formatUsd(loop.bottleneckUsd));

    await page.click("#tab-filters");
    const box = page.locator('input[name="includeSuperseded"]');
    expect(await page.locator("label", { has: box }).textContent()).toBe(
      "Count superseded deals too",
    );
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await expect.poll(() => page.url()).toContain("includeSuperseded=true");
    await expect
      .poll(() => page.textContent("#filter-badge"))
      .toBe("Filters on: superseded deals countedReset");
    await page.click("#tab-cycles");
    await expect.poll(() => card.locator(`.deal-full[data-deal="${LOI}"]`).count()).toBe(1);
    expect(await announced.textContent()).toBe(formatUsd(loop.bottleneckUsd));
    expect(await loiChips.count()).toBeGreaterThan(1);

    await page.click("#filter-badge .filter-reset");
    await expect.poll(() => page.isHidden("#filter-badge")).toBe(true);
    await expect.poll(() => page.url()).not.toContain("includeSuperseded");
    await expect.poll(() => loiChips.count()).toBe(0);
    await page.click("#tab-filters");
    expect(await box.isChecked()).toBe(false);
    expect(errors).toEqual([]);
  });

  it("draws promises dashed and says so in the legend", async () => {
    const { page } = await viewer.open(viewer.served.url, {
      width: 1700,
      height: 900,
    });
    const types = await page.evaluate(
      ([loi, stake]) => {
        const { renderer } = (
          window as unknown as { __roundtrip: { renderer: import("sigma").default } }
        ).__roundtrip;
        return [loi, stake].map((id) => renderer.getEdgeDisplayData(id!)?.type);
      },
      [LOI, STAKE.id],
    );
    expect(types).toEqual(["dashed", STAKE.amountBasis === "committed" ? "curved" : "dashed"]);
    expect(await page.textContent(".legend")).toContain("Dashed: headline, estimate, conditional");
    // Issue 12: how many deals have each best source tier.
    expect(await page.textContent(".legend-sources")).toMatch(
      /\d+ of \d+ deals \(\d+%\) have a primary or major source/,
    );
  });
});

describe("both views of every figure", () => {
  it("switches to the committed view from the header, in the URL, with the badge and its reset", async () => {
    const { page, errors } = await viewer.pageAtLink("");
    expect(await page.isHidden("#filter-badge")).toBe(true);
    const announcedLoops = await figure(page, "loops");
    await expect
      .poll(() => page.textContent('[data-figure="gross"] .figure-pair'))
      .toMatch(/^\$[\d.]+[BT] committed of \$[\d.]+[BT] announced$/);
    await page.click('#view-switch [data-view="committed"]');
    await expect.poll(() => page.url()).toContain("view=committed");
    expect(await page.getAttribute('#view-switch [data-view="committed"]', "aria-pressed")).toBe(
      "true",
    );
    const committedLoops = await figure(page, "loops");
    expect(Number(committedLoops.replace(/,/g, ""))).toBeLessThan(
      Number(announcedLoops.replace(/,/g, "")),
    );
    // The strip names both sides whichever view is shown.
    await expect
      .poll(() => page.textContent('[data-figure="loops"] .figure-pair'))
      .toBe(`${committedLoops} committed of ${announcedLoops} announced`);
    await page.click(".timeline .step-back");
    await expect
      .poll(() => page.textContent("#filter-badge"))
      .toMatch(/^Filters on: committed, as of \d+ \w{3} \d{4}Reset$/);
    await page.click("#filter-badge .filter-reset");
    await expect.poll(() => page.isHidden("#filter-badge")).toBe(true);
    await expect.poll(() => page.url()).not.toContain("view=");
    expect(page.url()).not.toContain("asOf=");
    expect(await figure(page, "loops")).toBe(announcedLoops);
    expect(errors).toEqual([]);
  });

  it("shows each loop's announced and committed bottleneck and marks the hop that limits it", async () => {
    const { page } = await viewer.pageAtLink("");
    const loops = await page.evaluate(() => {
      const { model } = (
        window as unknown as {
          __roundtrip: {
            model: {
              getAnalysis(): {
                cycles: {
                  cycles: {
                    nodes: string[];
                    bottleneckUsd: number;
                    bottleneckHop: number;
                    committedBottleneckUsd: number;
                  }[];
                };
              };
            };
          };
        }
      ).__roundtrip;
      return model.getAnalysis().cycles.cycles.slice(0, 3);
    });
    const cards = page.locator(".cycle-card");
    for (const [i, loop] of loops.entries()) {
      const card = cards.nth(i);
      const announced = await card.locator('.bottleneck-side[data-view="announced"]').textContent();
      const committed = await card.locator('.bottleneck-side[data-view="committed"]').textContent();
      expect(announced).toMatch(/announced$/);
      expect(committed).toMatch(/committed$/);
      expect(announced).toContain(loop.bottleneckUsd > 0 ? "$" : "undisclosed");
      if (loop.committedBottleneckUsd === 0) expect(committed).toMatch(/^(\$0|undisclosed)/);
      const hops = card.locator(".cycle-hops > li");
      expect(await hops.nth(loop.bottleneckHop).locator(".limit-tag").textContent()).toMatch(
        /limits (announced|both views)/,
      );
      expect(await card.locator(".limit-tag").count()).toBeGreaterThanOrEqual(1);
    }
  });

  it("draws the trend of both views and a click on a quarter sets the timeline there", async () => {
    const { page, errors } = await viewer.pageAtLink("");
    await page.click("#tab-trend");
    await page.waitForFunction(() => performance.getEntriesByName("roundtrip:history").length > 0);
    const chart = page.locator('.trend-chart[data-measure="gross"]');
    await chart.waitFor();
    expect(await chart.locator("path.trend-line.announced").getAttribute("d")).toMatch(/^M[\d.]+,/);
    expect(await chart.locator("path.trend-line.committed").getAttribute("d")).toMatch(/^M[\d.]+,/);
    const band = chart.locator('rect.trend-band[data-as-of="2024-12-31"]');
    await band.click();
    await expect.poll(() => page.url()).toContain("asOf=2024-12-31");
    expect(await page.getAttribute('#timeline input[type="range"]', "aria-valuetext")).toBe(
      "31 Dec 2024",
    );
    expect(await page.textContent(".trend-readout")).toBe("Quarter ending 31 Dec 2024");
    // The arrow keys on a chart move the timeline a quarter.
    await page.locator('.trend-chart[data-measure="finn"]').focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.url()).toContain("asOf=2025-03-31");
    expect(errors).toEqual([]);
  });

  it("gives an entity's round-trip share in both views and its sparkline", async () => {
    const { page } = await viewer.pageAtLink("entity=nvidia");
    await expect
      .poll(() => page.locator(".entity-panel .detail-title").textContent())
      .toBe(curated.entities.find((entity) => entity.id === "nvidia")!.name);
    await expect
      .poll(() => page.locator(".entity-panel .stat-pair").first().textContent())
      .toMatch(/^[\d.]+% committed · [\d.]+% announced$/);
    await expect.poll(() => page.locator(".entity-panel .sparkline svg path").count()).toBe(2);
  });
});
