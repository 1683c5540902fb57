// The dataset as currently shown: the drawn deals and the entities they touch.

import type { Dataset } from "@engine";
import type { ViewAnalysis } from "../analyze-view.js";

export function filteredDataset(dataset: Dataset, analysis: ViewAnalysis): Dataset {
  const deals = dataset.deals.filter((deal) => analysis.drawnDeals.has(deal.id));
  const used = new Set(deals.flatMap((deal) => [deal.from, deal.to]));
  return {
    ...(dataset.version === undefined ? {} : { version: dataset.version }),
    ...(dataset.updated === undefined ? {} : { updated: dataset.updated }),
    entities: dataset.entities.filter((entity) => used.has(entity.id)),
    deals,
  };
}
