// Push nodes apart until their discs and labels (a box to the right of each disc) no longer
// overlap at the size the canvas first shows them, inside a box of the canvas's shape: the network
// fills a wide screen instead of stacking its labels into a tall column. Deterministic: fixed
// order, fixed rounds. When the box is too small for every label it grows a little each round;
// a last unbounded pass separates whatever is left.
// NOTE: labels are measured by estimate, so a margin absorbs font differences between machines.

export interface LabelBox {
  id: string;
  x: number;
  y: number;
  /** Disc radius in pixels. */
  radius: number;
  /** Label width in pixels. */
  labelWidth: number;
}

export interface OverlapOptions {
  /** The area (pixels) the layout is fitted into, as the canvas will show it. */
  width: number;
  height: number;
  margin: number;
  labelHeight: number;
  /** Rounds of pushing inside the box; after each that leaves overlaps the box grows. */
  rounds: number;
  iterations: number;
  /** How much the box grows (both sides) after a round that leaves overlaps. */
  growth: number;
  /**
   * Pairs closer than `margin` by at most this much (pixels) count as separated: without it,
   * rounding noise keeps a pass "moving" through every iteration. Must stay below `margin`.
   */
  slack: number;
}

export const OVERLAP_DEFAULTS: Readonly<OverlapOptions> = Object.freeze({
  // The canvas beside the panels at 1440 × 900, less its padding.
  width: 940,
  height: 580,
  margin: 8,
  labelHeight: 16,
  rounds: 12,
  iterations: 80,
  growth: 1.08,
  slack: 0.05,
});

type Box = LabelBox;

/** Scale disc centres into width × height, filling both axes. */
function fillBox(boxes: Box[], width: number, height: number): void {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const b of boxes) {
    [minX, maxX] = [Math.min(minX, b.x), Math.max(maxX, b.x)];
    [minY, maxY] = [Math.min(minY, b.y), Math.max(maxY, b.y)];
  }
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  for (const box of boxes) {
    box.x = ((box.x - minX) / spanX) * width;
    box.y = ((box.y - minY) / spanY) * height;
  }
}

/** Keep a box's disc and label inside width × height (when they fit at all). */
function clamp(box: Box, width: number, height: number, labelHeight: number): void {
  const half = Math.max(box.radius, labelHeight / 2);
  const right = width - box.radius - 4 - box.labelWidth;
  if (right > box.radius) box.x = Math.min(right, Math.max(box.radius, box.x));
  if (height > 2 * half) box.y = Math.min(height - half, Math.max(half, box.y));
}

/** One sweep over every pair; whether anything moved. */
function sweep(boxes: Box[], margin: number, labelHeight: number, slack: number): boolean {
  let moved = false;
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j]!;
      const overlapX =
        Math.min(a.x + a.radius + 4 + a.labelWidth, b.x + b.radius + 4 + b.labelWidth) -
        Math.max(a.x - a.radius, b.x - b.radius) +
        margin;
      const halfA = Math.max(a.radius, labelHeight / 2);
      const halfB = Math.max(b.radius, labelHeight / 2);
      const overlapY =
        Math.min(a.y + halfA, b.y + halfB) - Math.max(a.y - halfA, b.y - halfB) + margin;
      if (overlapX <= slack || overlapY <= slack) continue;
      moved = true;
      // Move along the axis that needs the shorter push; labels are wide, so mostly vertically.
      if (overlapY <= overlapX) {
        const direction = a.y < b.y || (a.y === b.y && i < j) ? -1 : 1;
        a.y += (direction * overlapY) / 2;
        b.y -= (direction * overlapY) / 2;
      } else {
        const direction = a.x < b.x || (a.x === b.x && i < j) ? -1 : 1;
        a.x += (direction * overlapX) / 2;
        b.x -= (direction * overlapX) / 2;
      }
    }
  }
  return moved;
}

/** Boxes are in screen orientation (y down); the result is in graph orientation (y up). */
export function removeLabelOverlaps(
  input: readonly LabelBox[],
  options: Partial<OverlapOptions> = {},
): Map<string, { x: number; y: number }> {
  const { width, height, margin, labelHeight, rounds, iterations, growth, slack } = {
    ...OVERLAP_DEFAULTS,
    ...options,
  };
  const boxes = input.map((box) => ({ ...box }));
  if (boxes.length > 1) {
    // Disc centres fill the box less the widest label, so labels end inside it too.
    const widest = Math.max(...boxes.map((box) => box.radius + 4 + box.labelWidth));
    let [w, h] = [width, height];
    fillBox(boxes, Math.max(w - widest, w / 2), h);
    let separated = false;
    for (let round = 0; round < rounds && !separated; round++) {
      for (let iteration = 0; iteration < iterations; iteration++) {
        // Clamped first, so a sweep that moves nothing leaves every box inside and separated.
        for (const box of boxes) clamp(box, w, h, labelHeight);
        const moved = sweep(boxes, margin, labelHeight, slack);
        if (!moved) {
          separated = true;
          break;
        }
      }
      if (separated) break;
      for (const box of boxes) [box.x, box.y] = [box.x * growth, box.y * growth];
      [w, h] = [w * growth, h * growth];
    }
    // Whatever the box could not hold is separated without it.
    for (let iteration = 0; !separated && iteration < 10 * iterations; iteration++)
      separated = !sweep(boxes, margin, labelHeight, slack);
  }
  // Back to graph orientation (y up), rounded so float noise never changes the picture.
  return new Map(
    boxes.map((box) => [
      box.id,
      { x: Math.round(box.x * 100) / 100, y: -Math.round(box.y * 100) / 100 },
    ]),
  );
}
