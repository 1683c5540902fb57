// A tiny SVG line chart (log–log by default) for the scaling curves in docs/PERFORMANCE.md:
// one polyline per series, markers per point, hollow markers for lower bounds (timed-out runs).

export interface ChartPoint {
  x: number;
  y: number;
  /** The run hit its timeout: y is a lower bound. */
  lowerBound?: boolean;
}

export interface ChartSeries {
  name: string;
  color: string;
  points: readonly ChartPoint[];
}

export interface LineChartOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  series: readonly ChartSeries[];
  width: number;
  height: number;
  logX: boolean;
  logY: boolean;
}

export const LINE_CHART_DEFAULTS = Object.freeze({
  width: 640,
  height: 400,
  logX: true,
  logY: true,
});

const MARGIN = { left: 70, right: 150, top: 40, bottom: 50 };
/** Legend text width estimate: 12 px sans-serif averages under 7 px a character. */
const LEGEND_CHAR_PX = 7;
const LOWER_BOUND_NOTE = "○ = timed out (lower bound)";

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const round = (v: number) => Math.round(v * 10) / 10;

function formatTick(v: number): string {
  if (v >= 1000) return `${round(v / 1000)}k`;
  if (v >= 1) return String(round(v));
  return String(Number(v.toPrecision(2)));
}

/** Tick values: powers of ten (with 2 and 5 when the range is short) on log axes, 5 steps on linear. */
function ticks(lo: number, hi: number, log: boolean): number[] {
  if (!log) {
    const step = (hi - lo) / 5;
    return Array.from({ length: 6 }, (_, k) => lo + k * step);
  }
  const out: number[] = [];
  const fine = Math.log10(hi / lo) < 2.5;
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const f of fine ? [1, 2, 5] : [1]) {
      const v = f * 10 ** e;
      if (v >= lo * 0.999 && v <= hi * 1.001) out.push(v);
    }
  }
  return out;
}

export function renderLineChart(
  options: Pick<LineChartOptions, "title" | "xLabel" | "yLabel" | "series"> &
    Partial<LineChartOptions>,
): string {
  const { title, xLabel, yLabel, series, height, logX, logY } = {
    ...LINE_CHART_DEFAULTS,
    ...options,
  };
  const hasLowerBounds = series.some((s) => s.points.some((p) => p.lowerBound));
  // The chart widens to fit its legend: `width` is what a short legend takes.
  const legendChars = Math.max(
    ...series.map((s) => s.name.length + 4),
    hasLowerBounds ? LOWER_BOUND_NOTE.length : 0,
  );
  const legendPx = 12 + legendChars * LEGEND_CHAR_PX + 12;
  const width = (options.width ?? LINE_CHART_DEFAULTS.width) + Math.max(0, legendPx - MARGIN.right);
  const all = series.flatMap((s) => s.points).filter((p) => p.x > 0 && p.y > 0);
  const span = (values: number[], log: boolean): [number, number] => {
    let lo = Math.min(...values);
    let hi = Math.max(...values);
    if (lo === hi) [lo, hi] = [lo / 2, hi * 2];
    return log
      ? [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi))]
      : [0, hi * 1.1];
  };
  const [x0, x1] = all.length
    ? span(
        all.map((p) => p.x),
        logX,
      )
    : [1, 10];
  const [y0, y1] = all.length
    ? span(
        all.map((p) => p.y),
        logY,
      )
    : [1, 10];
  const plotW = (options.width ?? LINE_CHART_DEFAULTS.width) - MARGIN.left - MARGIN.right;
  const plotH = height - MARGIN.top - MARGIN.bottom;
  const scale = (v: number, lo: number, hi: number, log: boolean) =>
    log ? Math.log10(v / lo) / Math.log10(hi / lo) : (v - lo) / (hi - lo);
  const px = (x: number) => round(MARGIN.left + scale(x, x0, x1, logX) * plotW);
  const py = (y: number) => round(MARGIN.top + (1 - scale(y, y0, y1, logY)) * plotH);

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="14" font-weight="bold">${escapeXml(title)}</text>`,
  ];
  for (const t of ticks(x0, x1, logX)) {
    parts.push(
      `<line x1="${px(t)}" y1="${MARGIN.top}" x2="${px(t)}" y2="${MARGIN.top + plotH}" stroke="#e5e5e5"/>`,
      `<text x="${px(t)}" y="${MARGIN.top + plotH + 16}" text-anchor="middle">${formatTick(t)}</text>`,
    );
  }
  for (const t of ticks(y0, y1, logY)) {
    parts.push(
      `<line x1="${MARGIN.left}" y1="${py(t)}" x2="${MARGIN.left + plotW}" y2="${py(t)}" stroke="#e5e5e5"/>`,
      `<text x="${MARGIN.left - 6}" y="${py(t) + 4}" text-anchor="end">${formatTick(t)}</text>`,
    );
  }
  parts.push(
    `<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#333"/>`,
    `<text x="${MARGIN.left + plotW / 2}" y="${height - 10}" text-anchor="middle">${escapeXml(xLabel)}</text>`,
    `<text transform="translate(16 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeXml(yLabel)}</text>`,
  );
  series.forEach((s, k) => {
    const points = s.points.filter((p) => p.x > 0 && p.y > 0);
    const color = escapeXml(s.color);
    if (points.length > 1) {
      const path = points.map((p) => `${px(p.x)},${py(p.y)}`).join(" ");
      parts.push(`<polyline points="${path}" fill="none" stroke="${color}" stroke-width="2"/>`);
    }
    for (const p of points) {
      const fill = p.lowerBound ? "#fff" : color;
      parts.push(
        `<circle cx="${px(p.x)}" cy="${py(p.y)}" r="4" fill="${fill}" stroke="${color}" stroke-width="2"><title>${escapeXml(`${s.name}: ${p.lowerBound ? "> " : ""}${p.y} at ${p.x}`)}</title></circle>`,
      );
    }
    const ly = MARGIN.top + 10 + k * 20;
    const lx = MARGIN.left + plotW + 12;
    parts.push(
      `<line x1="${lx}" y1="${ly}" x2="${lx + 20}" y2="${ly}" stroke="${color}" stroke-width="2"/>`,
      `<text x="${lx + 26}" y="${ly + 4}">${escapeXml(s.name)}</text>`,
    );
  });
  if (hasLowerBounds) {
    const ly = MARGIN.top + 10 + series.length * 20;
    parts.push(
      `<text x="${MARGIN.left + plotW + 12}" y="${ly + 4}" fill="#555">${LOWER_BOUND_NOTE}</text>`,
    );
  }
  parts.push("</svg>");
  return `${parts.join("\n")}\n`;
}
