// The exposure heat map as SVG (no chart library): a row per holder, a column per counterparty in
// the same order, one coloured square per non-zero exposure, names as real text, and a cursor
// square for the cell under the pointer or the keyboard.

import type { Theme } from "../../shared/palette.js";
import { svg } from "../dom.js";
import { lossColor } from "../stress-panel/loss-color.js";
import type { ExposureMatrix } from "./exposure-matrix.js";
import { matrixShade } from "./exposure-matrix.js";

/** Characters of a name drawn before "…" (the full name is in the cell's readout and title). */
const LABEL_CHARS = 22;

export interface MatrixGeometry {
  cell: number;
  left: number;
  top: number;
  width: number;
  height: number;
}

export function matrixGeometry(count: number): MatrixGeometry {
  const cell = count <= 30 ? 18 : count <= 60 ? 14 : 11;
  const left = 150;
  const top = 120;
  return { cell, left, top, width: left + count * cell + 8, height: top + count * cell + 8 };
}

const clip = (name: string) =>
  name.length > LABEL_CHARS ? `${name.slice(0, LABEL_CHARS - 1)}…` : name;

function label(text: string, attrs: Record<string, string | number>): SVGTextElement {
  const node = svg("text", attrs);
  node.textContent = clip(text);
  const title = svg("title");
  title.textContent = text;
  node.append(title);
  return node;
}

export function matrixSvg(
  matrix: ExposureMatrix,
  names: readonly string[],
  theme: Theme,
): { root: SVGSVGElement; cursor: SVGRectElement; geometry: MatrixGeometry } {
  const n = matrix.ids.length;
  const g = matrixGeometry(n);
  const { cell, left, top } = g;
  const children: SVGElement[] = [
    svg("rect", {
      class: "matrix-grid",
      x: left,
      y: top,
      width: n * cell,
      height: n * cell,
    }),
  ];
  for (let i = 0; i < n; i++) {
    // The diagonal: an entity holds no exposure to itself.
    children.push(
      svg("rect", {
        class: "matrix-diagonal",
        x: left + i * cell,
        y: top + i * cell,
        width: cell,
        height: cell,
      }),
      label(names[i]!, {
        class: "matrix-label matrix-row-label",
        x: left - 6,
        y: top + i * cell + cell / 2,
        "text-anchor": "end",
        "dominant-baseline": "central",
        "data-index": i,
      }),
    );
    const x = left + i * cell + cell / 2;
    children.push(
      label(names[i]!, {
        class: "matrix-label matrix-col-label",
        x,
        y: top - 6,
        transform: `rotate(-60 ${x} ${top - 6})`,
        "dominant-baseline": "central",
        "data-index": i,
      }),
    );
  }
  for (const entry of matrix.cells) {
    children.push(
      svg("rect", {
        class: "matrix-cell",
        x: left + entry.col * cell + 0.5,
        y: top + entry.row * cell + 0.5,
        width: cell - 1,
        height: cell - 1,
        fill: lossColor(matrixShade(entry.amountUsd, matrix.minUsd, matrix.maxUsd), theme),
        "data-row": entry.row,
        "data-col": entry.col,
        "data-holder": matrix.ids[entry.row]!,
        "data-counterparty": matrix.ids[entry.col]!,
        "data-amount-usd": entry.amountUsd,
      }),
    );
  }
  const cursor = svg("rect", {
    class: "matrix-cursor",
    width: cell,
    height: cell,
    visibility: "hidden",
  });
  children.push(cursor);
  const root = svg("svg", {
    // Small squares take small names: rows of 11 px cannot hold 11 px text.
    class: cell < 14 ? "matrix-svg dense" : "matrix-svg",
    width: g.width,
    height: g.height,
    viewBox: `0 0 ${g.width} ${g.height}`,
  });
  root.append(...children);
  return { root, cursor, geometry: g };
}
