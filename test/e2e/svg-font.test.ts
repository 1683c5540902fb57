// The exported SVG's text in a real renderer (Chromium): every line is set in the font the file
// declares — Arial or a font drawn to its metrics (Liberation Sans on this Debian image) — so its
// widths are the ones any machine with one of them gives, not a fallback's.

import { describe, expect, it } from "vitest";
import { SVG_DEFAULTS } from "../../server/dataset/export-svg.js";
import { paintedShare } from "./page-helpers.js";
import { useViewer } from "./use-viewer.js";

const viewer = useViewer();

interface Measured {
  text: string;
  rendered: number;
  declared: number;
  fallback: number;
}

describe("the SVG export's font", () => {
  it("renders every line in the declared, Arial-metric font", async () => {
    expect(SVG_DEFAULTS.fontFamily).toMatch(/^Arial, 'Liberation Sans', Arimo, Helvetica,/);
    const context = await viewer.browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    const response = await fetch(`${viewer.served.url}api/export?format=svg&theme=light`);
    expect(response.headers.get("content-type")).toContain("image/svg+xml");
    // The document as served, inline in a blank page (the API sends it as a download).
    const svg = (await response.text()).replace(/^<\?xml[^>]*>\s*/, "");
    expect(svg.startsWith("<svg")).toBe(true);
    await page.setContent(`<!doctype html><body style="margin:0;background:#fff">${svg}</body>`);
    await page.evaluate(() => document.fonts.ready);
    const measured = await page.evaluate(() => {
      const canvas = document.createElementNS("http://www.w3.org/1999/xhtml", "canvas");
      const context = (canvas as HTMLCanvasElement).getContext("2d")!;
      const width = (text: string, style: CSSStyleDeclaration, family: string) => {
        context.font = `${style.fontWeight} ${style.fontSize} ${family}`;
        context.fontKerning = "normal";
        return context.measureText(text).width;
      };
      return [...document.querySelectorAll("text")]
        .filter((node) => (node.textContent ?? "").trim() !== "")
        .map((node) => {
          const style = getComputedStyle(node);
          const text = node.textContent ?? "";
          return {
            text,
            rendered: node.getComputedTextLength(),
            // The first family of the declared stack this machine has.
            declared: width(text, style, '"Liberation Sans"'),
            fallback: width(text, style, '"DejaVu Serif", serif'),
          };
        });
    });
    expect(measured.length).toBeGreaterThan(50);
    // Within a pixel: SVG text and canvas may kern a pair differently ("l A", "e A").
    const off = (m: Measured) => Math.abs(m.rendered - m.declared) > 1;
    expect(measured.filter(off)).toEqual([]);
    // A control: another font gives other widths, so the comparison above can fail.
    const long = measured.filter((m) => m.text.length > 12);
    expect(long.filter((m) => Math.abs(m.rendered - m.fallback) > 2).length).toBeGreaterThan(
      long.length / 2,
    );
    expect(await page.evaluate(() => document.fonts.check('12px "Liberation Sans"'))).toBe(true);
    expect(await paintedShare(page, await page.screenshot(), [0xff, 0xff, 0xff])).toBeGreaterThan(
      0.02,
    );
    await context.close();
  }, 90_000);
});
