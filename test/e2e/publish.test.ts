// Publishing in real Chromium (issue 14): every Export menu item downloads a file that parses, the
// /embed page renders inside an iframe of another origin (and the main page refuses to), a
// saved-upload permalink restores the uploaded network after a reload, and a server that keeps no
// uploads says so.

import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createDatasetStore } from "../../server/api/dataset-store.js";
import { downloadedBytes, figure, openViewer, paintedShare } from "./page-helpers.js";
import { serveViewer } from "./serve-viewer.js";
import { curated, useViewer } from "./use-viewer.js";

const HOSTILE_FILE = "test/e2e/fixtures/hostile-dataset.json";
const DARK_BACKGROUND: [number, number, number] = [0x0e, 0x11, 0x16];

const viewer = useViewer();

async function download(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
  await page.click(".menu summary");
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.click(`[data-format="${format}"]`),
  ]);
  return { name: file.suggestedFilename(), bytes: await downloadedBytes(file) };
}

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe("Export menu", () => {
  it("downloads the view as SVG and print PNGs, and both tables, each of which parses", async () => {
    const { page, errors } = await viewer.open(`${viewer.served.url}#asOf=2025-06-30`);
    const svg = await download(page, "svg");
    expect(svg.name).toBe("roundtrip-2025-06-30.svg");
    const doc = new DOMParser().parseFromString(svg.bytes.toString("utf8"), "image/svg+xml");
    const texts = Array.from(doc.getElementsByTagName("text")).map((t) => t.textContent ?? "");
    expect(texts).toEqual(expect.arrayContaining(["Nvidia", "OpenAI", "As of 30 Jun 2025"]));
    expect(texts.some((t) => t.startsWith(`Roundtrip · data/deals.json ${curated.version}`))).toBe(
      true,
    );
    expect(doc.getElementsByTagName("path").length).toBeGreaterThan(20);
    const svgWidth = Number(doc.documentElement!.getAttribute("width"));

    for (const [format, scale] of [
      ["png", 2],
      ["png-3x", 3],
    ] as const) {
      const png = await download(page, format);
      expect(png.name).toBe(`roundtrip-2025-06-30@${scale}x.png`);
      expect(png.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect(pngSize(png.bytes).width).toBe(svgWidth * scale);
      // Drawn, not blank: the network, legend and text paint a good share of the picture.
      expect(await paintedShare(page, png.bytes, DARK_BACKGROUND)).toBeGreaterThan(0.02);
    }

    const loops = await download(page, "cycles-csv");
    const loopRows = Papa.parse<Record<string, string>>(loops.bytes.toString("utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(loopRows.length).toBe(
      Number(/\d[\d,]*/.exec(await figure(page, "loops"))?.[0].replace(/,/g, "")),
    );
    expect(loopRows[0]).toMatchObject({ rank: "1" });
    expect(loopRows[0]!.loop).toMatch(/ → /);

    const exposure = await download(page, "exposure-csv");
    const exposureRows = Papa.parse<Record<string, string>>(exposure.bytes.toString("utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(exposureRows.map((row) => row.id)).toContain("nvidia");
    expect(Number(exposureRows.find((row) => row.id === "nvidia")!.outflowUsd)).toBeGreaterThan(0);

    const zip = unzipSync(new Uint8Array((await download(page, "csv")).bytes));
    expect(strFromU8(zip["edges.csv"]!).split("\n").length).toBeGreaterThan(10);
    expect(errors).toEqual([]);
  }, 120_000);

  it("gives the embed code of the current view", async () => {
    const { page } = await viewer.open(`${viewer.served.url}#asOf=2025-06-30&theme=light`);
    await page.click(".menu summary");
    await page.click('[data-format="embed"]');
    const code = await page.inputValue(".embed-code");
    expect(code).toMatch(
      new RegExp(`^<iframe src="${viewer.served.url}embed#asOf=2025-06-30&amp;theme=light" `),
    );
  }, 120_000);
});

/** A page on another origin (its own port) that frames `src`. */
async function serveParent(src: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(
      `<!doctype html><title>article</title><p>An article.</p><iframe id="embed" src="${src}" width="800" height="560"></iframe>`,
    );
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

describe("embed", () => {
  it("renders the graph and a caption inside an iframe of another origin", async () => {
    const parent = await serveParent(`${viewer.served.url}embed#asOf=2025-06-30`);
    try {
      const { page, errors } = await openViewer(viewer.browser, parent.url, { ready: false });
      const frame = await (await page.waitForSelector("#embed")).contentFrame();
      expect(frame).not.toBeNull();
      await frame!.waitForSelector("body.ready", { timeout: 20_000 });
      expect(await frame!.isVisible(".topbar")).toBe(false);
      expect(await frame!.isVisible(".sidebar")).toBe(false);
      const caption = await frame!.textContent(".embed-caption");
      expect(caption).toContain("As of 30 Jun 2025");
      expect(caption).toContain(`Roundtrip · data/deals.json ${curated.version}`);
      expect(await frame!.getAttribute(".embed-open", "href")).toBe(
        `${viewer.served.url}#asOf=2025-06-30`,
      );
      const graph = await frame!.$("#graph");
      expect(await paintedShare(page, await graph!.screenshot(), DARK_BACKGROUND)).toBeGreaterThan(
        0.02,
      );
      expect(errors).toEqual([]);
      await page.context().close();
    } finally {
      await parent.close();
    }
  }, 120_000);

  it("the main viewer still refuses to be framed", async () => {
    const parent = await serveParent(viewer.served.url);
    try {
      const { page } = await openViewer(viewer.browser, parent.url, { ready: false });
      const frame = await (await page.waitForSelector("#embed")).contentFrame();
      // Blocked by frame-ancestors 'none': Chromium shows its error page in the frame instead of
      // the viewer, so the viewer never starts there.
      await expect.poll(() => frame!.url(), { timeout: 20_000 }).toMatch(/^chrome-error:/);
      expect(await frame!.$("body.ready")).toBeNull();
      await page.context().close();
    } finally {
      await parent.close();
    }
  }, 120_000);
});

describe("saved uploads", () => {
  it("a permalink after an upload restores the uploaded network after a reload", async () => {
    const store = createDatasetStore({ dir: mkdtempSync(join(tmpdir(), "roundtrip-e2e-store-")) });
    const writable = await serveViewer(curated, undefined, store);
    try {
      const { page, errors } = await viewer.open(writable.url);
      await expect
        .poll(() => page.textContent(".dataset-name"), { timeout: 20_000 })
        .toContain(`bundled · ${curated.version}`);
      await page.setInputFiles('input[type="file"]', HOSTILE_FILE);
      await expect.poll(() => figure(page, "loops"), { timeout: 20_000 }).toBe("1");
      await expect.poll(() => page.url(), { timeout: 30_000 }).toMatch(/#dataset=[0-9a-f]{64}&/);
      expect(await page.textContent(".dataset-name")).toContain("hostile-dataset.json");
      await page.reload();
      await page.waitForSelector("body.ready", { timeout: 20_000 });
      await expect.poll(() => figure(page, "loops"), { timeout: 20_000 }).toBe("1");
      expect(await page.textContent(".dataset-name")).toContain("hostile-dataset.json");
      // And back to the bundled data.
      await page.click(".dataset-back");
      await page.waitForSelector("body.ready", { timeout: 20_000 });
      await expect
        .poll(() => page.textContent(".dataset-name"), { timeout: 20_000 })
        .toContain("bundled");
      // The curated network's loops (the figure's first number), not the upload's one.
      const firstNumber = (text: string) => Number(/\d[\d,]*/.exec(text)?.[0].replace(/,/g, ""));
      await expect
        .poll(async () => firstNumber(await figure(page, "loops")), { timeout: 20_000 })
        .toBeGreaterThan(1);
      expect(errors).toEqual([]);
    } finally {
      await writable.close();
    }
  }, 120_000);

  it("a server that keeps no uploads says the link cannot carry the uploaded data", async () => {
    const { page } = await viewer.open(viewer.served.url);
    await page.setInputFiles('input[type="file"]', HOSTILE_FILE);
    await expect.poll(() => figure(page, "loops"), { timeout: 20_000 }).toBe("1");
    await expect
      .poll(() => page.textContent(".dataset-note"), { timeout: 20_000 })
      .toContain("a link to this view cannot carry the uploaded data");
    await expect.poll(() => page.url()).not.toContain("dataset=");
  }, 120_000);
});
