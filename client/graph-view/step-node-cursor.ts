// Keyboard reach of the network: from the entity under the keyboard cursor, the one an arrow key
// points at on screen (the nearest within 45° of the arrow), the first or last by name (Home, End),
// or the next whose name starts with a typed letter.

export interface CursorPoint {
  id: string;
  name: string;
  /** Position on screen, y down. */
  x: number;
  y: number;
}

const DIRECTIONS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

export const CURSOR_KEYS: readonly string[] = [...Object.keys(DIRECTIONS), "Home", "End"];

const byName = (a: CursorPoint, b: CursorPoint) =>
  a.name.localeCompare(b.name, "en") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The point an arrow key goes to from `from`: among the points within 45° of the arrow (ties on
 * the edge of the cone included), the one at the smallest distance, a sideways offset counting
 * double; null when the arrow points at nothing.
 */
export function pointInDirection(
  points: readonly CursorPoint[],
  from: CursorPoint,
  key: string,
): CursorPoint | null {
  const direction = DIRECTIONS[key];
  if (!direction) return null;
  const [dx, dy] = direction;
  let best: CursorPoint | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const point of points) {
    if (point.id === from.id) continue;
    const ahead = (point.x - from.x) * dx + (point.y - from.y) * dy;
    const aside = Math.abs((point.x - from.x) * dy - (point.y - from.y) * dx);
    if (!(ahead > 0) || aside > ahead) continue;
    const score = ahead + 2 * aside;
    if (score < bestScore || (score === bestScore && best !== null && byName(point, best) < 0)) {
      best = point;
      bestScore = score;
    }
  }
  return best;
}

/** Where the cursor goes for a key; the same id when the key leads nowhere; null for no points. */
export function stepNodeCursor(
  points: readonly CursorPoint[],
  current: string | null,
  key: string,
): string | null {
  if (points.length === 0) return null;
  const sorted = [...points].sort(byName);
  if (key === "Home") return sorted[0]!.id;
  if (key === "End") return sorted.at(-1)!.id;
  const from = points.find((point) => point.id === current) ?? null;
  if (key.length === 1 && /\p{L}|\p{N}/u.test(key)) {
    // Type-ahead: the next name after the current one that starts with the letter, wrapping.
    const letter = key.toLocaleLowerCase("en");
    const start = from ? sorted.indexOf(from) : -1;
    for (let k = 1; k <= sorted.length; k++) {
      const point = sorted[(start + k) % sorted.length]!;
      if (point.name.toLocaleLowerCase("en").startsWith(letter)) return point.id;
    }
    return current;
  }
  if (from === null) return DIRECTIONS[key] ? sorted[0]!.id : current;
  return pointInDirection(points, from, key)?.id ?? current;
}
