// A trend chart as SVG (no chart library): announced (solid) and committed (dashed) lines over
// time, the period on the timeline marked, optional year labels and y maximum, and an invisible
// band per period that picks it.

import { svg } from "../dom.js";
import {
  type TrendBox,
  type TrendGeometry,
  type TrendPoint,
  trendGeometry,
} from "./trend-geometry.js";

export interface TrendSvgOptions {
  box: TrendBox;
  /** The index of the period on the timeline, −1 for none. */
  current: number;
  /** The y maximum's label (null: no axis labels, a sparkline). */
  formatY: ((value: number) => string) | null;
  /** Called with a period's index when its band is clicked. */
  onPick?: (index: number) => void;
}

function cursorLine(geometry: TrendGeometry, current: number): SVGLineElement | null {
  const x = geometry.xs[current];
  if (current < 0 || x === undefined) return null;
  return svg("line", {
    class: "trend-cursor",
    x1: x,
    x2: x,
    y1: geometry.yTop,
    y2: geometry.yZero,
  });
}

/**
 * Move the mark of the period on the timeline in a chart `trendSvg` drew from the same points and
 * box, without drawing the chart again (a timeline step moves only this).
 */
export function placeTrendCursor(
  chart: SVGSVGElement,
  points: readonly TrendPoint[],
  box: TrendBox,
  current: number,
): void {
  chart.querySelector(".trend-cursor")?.remove();
  const cursor = cursorLine(trendGeometry(points, box), current);
  if (cursor) chart.insertBefore(cursor, chart.querySelector(".trend-line"));
}

export function trendSvg(points: readonly TrendPoint[], options: TrendSvgOptions): SVGSVGElement {
  const { box, current, formatY, onPick } = options;
  const geometry = trendGeometry(points, box);
  const x0 = box.left;
  const x1 = box.width - box.right;
  const children: SVGElement[] = [
    svg("line", { class: "trend-axis", x1: x0, x2: x1, y1: geometry.yZero, y2: geometry.yZero }),
  ];
  if (formatY !== null) {
    children.push(
      svg("line", { class: "trend-grid", x1: x0, x2: x1, y1: geometry.yTop, y2: geometry.yTop }),
      svg("text", { class: "trend-label", x: x0 - 4, y: geometry.yTop + 4, "text-anchor": "end" }),
      svg("text", { class: "trend-label", x: x0 - 4, y: geometry.yZero + 4, "text-anchor": "end" }),
    );
    children.at(-2)!.textContent = formatY(geometry.yMax);
    children.at(-1)!.textContent = formatY(0);
    let lastYear = "";
    points.forEach((point, i) => {
      const year = point.asOf.slice(0, 4);
      if (point.asOf.slice(5, 7) !== "03" || year === lastYear) return;
      lastYear = year;
      const label = svg("text", {
        class: "trend-label",
        x: geometry.xs[i]!,
        y: box.height - 4,
        "text-anchor": "middle",
      });
      label.textContent = year;
      children.push(label);
    });
  }
  const cursor = cursorLine(geometry, current);
  if (cursor) children.push(cursor);
  children.push(
    svg("path", { class: "trend-line committed", d: geometry.committed }),
    svg("path", { class: "trend-line announced", d: geometry.announced }),
  );
  if (onPick) {
    geometry.bands.forEach(([a, b], i) => {
      const band = svg("rect", {
        class: "trend-band",
        x: a,
        y: geometry.yTop,
        width: Math.max(0, b - a),
        height: geometry.yZero - geometry.yTop,
        "data-as-of": points[i]!.asOf,
      });
      band.addEventListener("click", () => onPick(i));
      children.push(band);
    });
  }
  return svg(
    "svg",
    {
      class: "trend-svg",
      viewBox: `0 0 ${box.width} ${box.height}`,
      width: box.width,
      height: box.height,
    },
    children,
  );
}
