// A view of the network as a standalone SVG document: nodes, curved edges with arrowheads, labels
// as real <text>, a title, the date and filter lines, a legend and the source credit. Pure: a
// scene in, a string out. Every string is escaped; no script, no external reference, no font file.

import { escapeXmlAttribute, escapeXmlText } from "./export-xml-text.js";

export interface SvgNode {
  id: string;
  /** Graph coordinates, y growing upwards (sigma's convention). */
  x: number;
  y: number;
  /** Radius in pixels. */
  size: number;
  color: string;
  /** Drawn beside the node; null for none. */
  label: string | null;
}

export interface SvgEdge {
  id: string;
  source: string;
  target: string;
  /** Stroke width in pixels. */
  size: number;
  color: string;
  /** Bend as a share of the chord (sigma's curvature): positive bends right of the direction. */
  curvature: number;
  /** Drawn dashed: a promise rather than a commitment (headline, estimate, conditional). */
  dashed?: boolean;
}

export interface SvgLegendItem {
  label: string;
  color: string;
  /** A disc (entity kind), a line (deal type), or a neutral solid or dashed line (amounts). */
  shape: "disc" | "line" | "solid" | "dashed";
}

export interface SvgScene {
  title: string;
  /** The date, filter and focus lines under the title. */
  lines: readonly string[];
  credit: string;
  legend: readonly SvgLegendItem[];
  /** Drawn in order (later on top). */
  nodes: readonly SvgNode[];
  edges: readonly SvgEdge[];
  colors: { background: string; text: string; muted: string; halo: string };
}

export interface SvgOptions {
  /** Width of the document in pixels; the height follows the network's shape. */
  width: number;
  /** Smallest and largest height of the network area. */
  minGraphHeight: number;
  maxGraphHeight: number;
  margin: number;
  fontFamily: string;
  labelSize: number;
}

export const SVG_DEFAULTS: Readonly<SvgOptions> = Object.freeze({
  width: 1200,
  minGraphHeight: 420,
  maxGraphHeight: 1100,
  margin: 28,
  // NOTE: no font is embedded (the names stay plain, editable text). Arial and the fonts drawn to
  // its metrics — Liberation Sans (Linux), Arimo (ChromeOS), Helvetica (macOS) — set every line to
  // the same width wherever the file is opened; the generic family is the last resort.
  fontFamily: "Arial, 'Liberation Sans', Arimo, Helvetica, sans-serif",
  labelSize: 12,
});

/** A number for an attribute: 2 decimals, no exponent, no -0. */
function n(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? "0" : String(rounded);
}

/** Colours come from our palette, but a scene is input: anything but a plain colour is refused. */
function color(value: string): string {
  return /^(#[0-9a-fA-F]{3,8}|rgba?\([0-9., ]+\)|[a-z]{3,20})$/.test(value) ? value : "#888888";
}

const text = escapeXmlText;
const attr = escapeXmlAttribute;

interface Frame {
  toX(x: number): number;
  toY(y: number): number;
  height: number;
}

/** Fit the graph's bounding box (with room for discs and labels) into the network area. */
function frameFor(scene: SvgScene, options: SvgOptions, top: number): Frame {
  const { width, margin, minGraphHeight, maxGraphHeight } = options;
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const node of scene.nodes) {
    minX = Math.min(minX, node.x);
    maxX = Math.max(maxX, node.x);
    minY = Math.min(minY, node.y);
    maxY = Math.max(maxY, node.y);
  }
  if (!Number.isFinite(minX)) {
    return { toX: () => width / 2, toY: () => top + minGraphHeight / 2, height: minGraphHeight };
  }
  // Room on the right for labels, around for the largest disc.
  const padLeft = margin + 30;
  const padRight = margin + 150;
  const padY = 40;
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  const innerWidth = width - padLeft - padRight;
  const scale = Math.min(innerWidth / spanX, (maxGraphHeight - 2 * padY) / spanY);
  const height = Math.max(minGraphHeight, spanY * scale + 2 * padY);
  const offsetX = padLeft + (innerWidth - spanX * scale) / 2;
  const offsetY = top + (height - spanY * scale) / 2;
  return {
    toX: (x) => offsetX + (x - minX) * scale,
    // Graph y grows upwards, SVG y downwards.
    toY: (y) => offsetY + (maxY - y) * scale,
    height,
  };
}

function edgeElement(
  edge: SvgEdge,
  from: { x: number; y: number },
  to: { x: number; y: number; r: number },
): string {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length < 1e-6) return "";
  // sigma's control point, in y-down coordinates: the midpoint moved along (dy, -dx).
  const cx = (from.x + to.x) / 2 + edge.curvature * dy;
  const cy = (from.y + to.y) / 2 - edge.curvature * dx;
  // The arrow meets the target's disc; the curve stops at the arrow's base.
  const tx = to.x - cx;
  const ty = to.y - cy;
  const tangent = Math.hypot(tx, ty) || 1;
  const ux = tx / tangent;
  const uy = ty / tangent;
  const head = Math.max(6, edge.size * 2.6 + 3);
  const tipX = to.x - ux * (to.r + 1);
  const tipY = to.y - uy * (to.r + 1);
  const baseX = tipX - ux * head;
  const baseY = tipY - uy * head;
  const half = head * 0.5;
  const c = color(edge.color);
  return (
    `<g data-deal="${attr(edge.id)}">` +
    `<path d="M${n(from.x)} ${n(from.y)} Q${n(cx)} ${n(cy)} ${n(baseX)} ${n(baseY)}" fill="none" stroke="${c}" stroke-width="${n(edge.size)}"${edge.dashed ? ` stroke-dasharray="${n(edge.size * 3 + 3)} ${n(edge.size * 2 + 3)}"` : ' stroke-linecap="round"'}/>` +
    `<polygon points="${n(tipX)},${n(tipY)} ${n(baseX - uy * half)},${n(baseY + ux * half)} ${n(baseX + uy * half)},${n(baseY - ux * half)}" fill="${c}"/>` +
    "</g>"
  );
}

function legendElements(
  scene: SvgScene,
  options: SvgOptions,
  top: number,
): { svg: string; height: number } {
  const { width, margin } = options;
  const parts: string[] = [];
  let x = margin;
  let y = top + 14;
  for (const item of scene.legend) {
    // A rough width (no font metrics here): wrap before running off the page.
    const itemWidth = 28 + item.label.length * 6.6 + 18;
    if (x + itemWidth > width - margin && x > margin) {
      x = margin;
      y += 22;
    }
    const c = color(item.color);
    const dash = item.shape === "dashed" ? ' stroke-dasharray="5 3"' : ' stroke-linecap="round"';
    parts.push(
      item.shape === "disc"
        ? `<circle cx="${n(x + 6)}" cy="${n(y - 4)}" r="6" fill="${c}"/>`
        : `<line x1="${n(x)}" y1="${n(y - 4)}" x2="${n(x + 18)}" y2="${n(y - 4)}" stroke="${c}" stroke-width="${item.shape === "line" ? 3 : 2}"${dash}/>`,
      `<text x="${n(x + 24)}" y="${n(y)}">${text(item.label)}</text>`,
    );
    x += itemWidth;
  }
  const height = scene.legend.length === 0 ? 0 : y - top + 12;
  return { svg: `<g class="legend" font-size="12">${parts.join("")}</g>`, height };
}

/** The scene as an SVG 1.1 document. */
export function exportSvg(scene: SvgScene, options: Partial<SvgOptions> = {}): string {
  const o: SvgOptions = { ...SVG_DEFAULTS, ...options };
  const { width, margin, labelSize } = o;
  const colors = {
    background: color(scene.colors.background),
    text: color(scene.colors.text),
    muted: color(scene.colors.muted),
    halo: color(scene.colors.halo),
  };
  const header: string[] = [
    `<text x="${margin}" y="${margin + 20}" font-size="22" font-weight="700" fill="${colors.text}">${text(scene.title)}</text>`,
  ];
  let y = margin + 20;
  for (const line of scene.lines) {
    y += 20;
    header.push(
      `<text x="${margin}" y="${y}" font-size="13" fill="${colors.muted}">${text(line)}</text>`,
    );
  }
  const graphTop = y + 12;
  const frame = frameFor(scene, o, graphTop);
  const at = new Map(
    scene.nodes.map((node) => [
      node.id,
      { x: frame.toX(node.x), y: frame.toY(node.y), r: Math.max(0, node.size) },
    ]),
  );
  const edges: string[] = [];
  for (const edge of scene.edges) {
    const from = at.get(edge.source);
    const to = at.get(edge.target);
    if (from && to) edges.push(edgeElement(edge, from, to));
  }
  const nodes: string[] = [];
  const labels: string[] = [];
  for (const node of scene.nodes) {
    const p = at.get(node.id)!;
    nodes.push(
      `<circle data-entity="${attr(node.id)}" cx="${n(p.x)}" cy="${n(p.y)}" r="${n(p.r)}" fill="${color(node.color)}"/>`,
    );
    if (node.label) {
      labels.push(
        `<text x="${n(p.x + p.r + 4)}" y="${n(p.y + labelSize / 3)}">${text(node.label)}</text>`,
      );
    }
  }
  const legendTop = graphTop + frame.height + 8;
  const legend = legendElements(scene, o, legendTop);
  const creditY = legendTop + legend.height + 22;
  const height = creditY + margin - 8;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${n(height)}" viewBox="0 0 ${width} ${n(height)}" font-family="${attr(o.fontFamily)}">`,
    `<title>${text(scene.title)}</title>`,
    `<desc>${text([...scene.lines, scene.credit].join("\n"))}</desc>`,
    `<rect width="100%" height="100%" fill="${colors.background}"/>`,
    `<g class="header">${header.join("")}</g>`,
    `<g class="edges">${edges.join("")}</g>`,
    `<g class="nodes">${nodes.join("")}</g>`,
    `<g class="labels" font-size="${labelSize}" font-weight="500" fill="${colors.text}" stroke="${colors.halo}" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${labels.join("")}</g>`,
    `<g fill="${colors.text}">${legend.svg}</g>`,
    `<text class="credit" x="${margin}" y="${n(creditY)}" font-size="11" fill="${colors.muted}">${text(scene.credit)}</text>`,
    "</svg>",
    "",
  ].join("\n");
}
