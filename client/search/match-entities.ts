// Entity search: case- and accent-insensitive, prefix matches of the name or ticker first.

import type { Entity } from "@engine";

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

export function matchEntities(entities: readonly Entity[], query: string, limit = 8): Entity[] {
  const q = fold(query.trim());
  if (q === "") return [];
  const scored: [number, Entity][] = [];
  for (const entity of entities) {
    const name = fold(entity.name);
    const ticker = fold(entity.ticker ?? "");
    const id = fold(entity.id);
    let score = -1;
    if (name.startsWith(q) || ticker === q) score = 0;
    else if (name.split(/\s+/).some((word) => word.startsWith(q))) score = 1;
    else if (name.includes(q) || id.includes(q) || ticker.includes(q)) score = 2;
    if (score >= 0) scored.push([score, entity]);
  }
  scored.sort(
    (a, b) =>
      a[0] - b[0] || a[1].name.localeCompare(b[1].name, "en") || (a[1].id < b[1].id ? -1 : 1),
  );
  return scored.slice(0, limit).map(([, entity]) => entity);
}
