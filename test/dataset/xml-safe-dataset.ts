// What the XML formats (GEXF, GraphML) give back for a dataset: its strings made XML-safe.

import type { Dataset } from "../../server/analysis/types.js";
import { xmlSafeText } from "../../server/dataset/export-xml-text.js";

/**
 * What an XML format gives back: every string made XML-safe (the documented lossy step), except
 * in what travels as JSON text (escaped, so lossless): the later sources, the first source's
 * original, and an entity's financials.
 */
export function xmlSafeDataset(dataset: Dataset): Dataset {
  const walk = (value: unknown): unknown => {
    if (typeof value === "string") return xmlSafeText(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    }
    return value;
  };
  const safe = walk(dataset) as Dataset;
  safe.deals.forEach((deal, i) => {
    const [first, ...later] = dataset.deals[i]!.sources;
    const safeFirst = deal.sources[0]!;
    if (first?.original !== undefined) safeFirst.original = first.original;
    deal.sources = [safeFirst, ...later];
  });
  safe.entities.forEach((entity, i) => {
    const financials = dataset.entities[i]!.financials;
    if (financials !== undefined) entity.financials = financials;
  });
  return safe;
}

/** Whether ids stay distinct once made XML-safe. */
export function idsSurviveXml(dataset: Dataset): boolean {
  const safe = xmlSafeDataset(dataset);
  return (
    new Set(safe.entities.map((e) => e.id)).size === dataset.entities.length &&
    new Set(safe.deals.map((d) => d.id)).size === dataset.deals.length
  );
}
