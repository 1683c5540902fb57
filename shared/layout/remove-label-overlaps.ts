// Push nodes apart until their discs and labels (a box to the right of each disc) no longer
// overlap at the size the canvas first shows them. Deterministic: fixed order, fixed rounds.
// Each pass stops as soon as nothing moves, which with the slack below is after a few dozen sweeps.
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
  rounds: number;
  iterations: number;
  /**
   * Pairs closer than `margin` by at most this much (pixels) count as separated: without it,
   * rounding noise keeps a pass "moving" through every iteration. Must stay below `margin`.
   */
  slack: number;
}

export const OVERLAP_DEFAULTS: Readonly<OverlapOptions> = Object.freeze({
  width: 700,
  height: 470,
  margin: 8,
  labelHeight: 16,
  rounds: 4,
  iterations: 200,
  slack: 0.05,
});

/** Scale positions so their extent fits width × height; `stretch` fills both axes. */
function fitInto(boxes: LabelBox[], width: number, height: number, stretch: boolean): void {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const b of boxes) {
    [minX, maxX] = [Math.min(minX, b.x), Math.max(maxX, b.x)];
    [minY, maxY] = [Math.min(minY, b.y), Math.max(maxY, b.y)];
  }
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  const scale = Math.min(width / spanX, height / spanY);
  const scaleX = stretch ? width / spanX : scale;
  const scaleY = stretch ? height / spanY : scale;
  for (const box of boxes) {
    box.x = (box.x - minX) * scaleX;
    box.y = (box.y - minY) * scaleY;
  }
}

/** Boxes are in screen orientation (y down); the result is in graph orientation (y up). */
export function removeLabelOverlaps(
  input: readonly LabelBox[],
  options: Partial<OverlapOptions> = {},
): Map<string, { x: number; y: number }> {
  const { width, height, margin, labelHeight, rounds, iterations, slack } = {
    ...OVERLAP_DEFAULTS,
    ...options,
  };
  const boxes = input.map((box) => ({ ...box }));
  if (boxes.length > 1) {
    for (let round = 0; round < rounds; round++) {
      fitInto(boxes, width, height, round === 0);
      for (let iteration = 0; iteration < iterations; iteration++) {
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
        if (!moved) break;
      }
    }
  }
  // Back to graph orientation (y up), rounded so float noise never changes the picture.
  return new Map(
    boxes.map((box) => [
      box.id,
      { x: Math.round(box.x * 100) / 100, y: -Math.round(box.y * 100) / 100 },
    ]),
  );
}
