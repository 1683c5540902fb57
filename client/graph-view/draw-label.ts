// Canvas label and hover drawing that read well on both themes: text with a halo, and a rounded
// card behind a hovered node's label.

import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { CanvasColors } from "../../shared/palette.js";
import type { DisplayEdge, DisplayNode } from "./build-display-graph.js";

type DrawLabel = NodeLabelDrawingFunction<DisplayNode, DisplayEdge>;

/**
 * The canvas area taken by the labels drawn in one frame: a label that would overlap one already
 * drawn is left out (zooming in brings it back), so labels never pile up on a small screen.
 */
export interface LabelSpace {
  /** Forget every label: call before each frame. */
  clear(): void;
  /** Take the box for a label, or false when it overlaps one already taken. */
  claim(left: number, top: number, right: number, bottom: number): boolean;
}

export function createLabelSpace(): LabelSpace {
  let taken: number[] = [];
  return {
    clear() {
      taken = [];
    },
    claim(left, top, right, bottom) {
      for (let k = 0; k < taken.length; k += 4) {
        if (
          left < taken[k + 2]! &&
          taken[k]! < right &&
          top < taken[k + 3]! &&
          taken[k + 1]! < bottom
        )
          return false;
      }
      taken.push(left, top, right, bottom);
      return true;
    },
  };
}

/** Labels with a halo; with a `space`, a label that would overlap one drawn before is skipped. */
export function createDrawLabel(colors: CanvasColors, space: LabelSpace | null = null): DrawLabel {
  return (context, data, settings) => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${data.forceLabel ? 600 : 500} ${size}px ${settings.labelFont}`;
    const x = data.x + data.size + 4;
    let y = data.y + size / 3;
    if (space) {
      const width = context.measureText(data.label).width;
      const claim = (shift: number) =>
        space.claim(
          x - 2,
          data.y + shift - size / 2 - 1,
          x + width + 2,
          data.y + shift + size / 2 + 1,
        );
      if (!data.forceLabel) {
        if (!claim(0)) return;
      } else {
        // Forced labels (the selection, a focused loop and its neighbours) are always drawn:
        // one that would overlap a label already drawn moves a line down or up, beside its disc,
        // and is drawn over the others when no line in reach is free — unless it may yield (a
        // what-if's largest losses: the table, tooltip and caption name them too).
        const shift = forcedLabelShift(size, data.size, claim);
        if (shift === null && (data as LabelYield).labelYields === true) return;
        y += shift ?? 0;
      }
    }
    context.lineJoin = "round";
    context.lineWidth = 4;
    context.strokeStyle = colors.labelHalo;
    context.strokeText(data.label, x, y);
    context.fillStyle = colors.label;
    context.fillText(data.label, x, y);
  };
}

/** Node display data of a forced label that is left out, rather than drawn over others, when no line is free. */
export interface LabelYield {
  labelYields?: boolean;
}

/**
 * The vertical shift (px) of a label that must be drawn: the first of 0, one line down, one line
 * up, two lines down… (staying within reach of a disc of `radius`) whose box `claim` grants, or
 * null when none is free.
 */
export function forcedLabelShift(
  labelSize: number,
  radius: number,
  claim: (shift: number) => boolean,
): number | null {
  const line = labelSize + 3;
  const reach = Math.max(2, Math.ceil(radius / line) + 1);
  for (let step = 0; step <= reach; step++) {
    for (const shift of step === 0 ? [0] : [step * line, -step * line])
      if (claim(shift)) return shift;
  }
  return null;
}

export function createDrawHover(colors: CanvasColors, cardColor: string): DrawLabel {
  const drawLabel = createDrawLabel(colors);
  return (context, data, settings) => {
    const size = settings.labelSize;
    context.font = `600 ${size}px ${settings.labelFont}`;
    const label = data.label ?? "";
    const width = context.measureText(label).width;
    const height = size + 10;
    const left = data.x - data.size - 4;
    const top = data.y - height / 2;
    const right = data.x + data.size + 10 + width;
    context.beginPath();
    context.roundRect(left, top, right - left, height, height / 2);
    context.fillStyle = cardColor;
    context.shadowColor = "rgba(0,0,0,0.35)";
    context.shadowBlur = 12;
    context.fill();
    context.shadowBlur = 0;
    context.beginPath();
    context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
    context.fillStyle = data.color;
    context.fill();
    drawLabel(context, { ...data, forceLabel: true }, settings);
  };
}
