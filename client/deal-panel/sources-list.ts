// A deal's sources: title, who published it ("Reuters, via …" for a copy), date and tier
// (primary, major, secondary from the publishers table); only http(s) URLs become links.

import type { Source } from "@engine";
import { CURATED_PUBLISHERS } from "../../server/dataset/curated-publishers.js";
import type { PublisherTable } from "../../server/dataset/publisher-table.js";
import { el, externalLink, safeHref } from "../dom.js";
import { formatDate } from "../format.js";
import { describeSource } from "./describe-source.js";

const TIER_TITLES = {
  primary: "Primary source: a filing, company release or earnings call",
  major: "Major outlet: wire service, major newspaper or trade press of record",
  secondary: "Secondary: aggregator, blog or copy",
} as const;

export function sourcesList(
  sources: readonly Source[],
  publishers: PublisherTable = CURATED_PUBLISHERS,
): HTMLElement {
  if (sources.length === 0) return el("p", { className: "muted", text: "No sources listed." });
  return el(
    "ul",
    { className: "sources" },
    sources.map((source) => {
      const { title, credit, date, tier } = describeSource(source, publishers);
      const meta = [credit ?? undefined, date ? formatDate(date) : undefined]
        .filter((part): part is string => Boolean(part))
        .join(" · ");
      const href = safeHref(source.url);
      return el("li", {}, [
        source.url
          ? externalLink(source.url, title)
          : el("span", { className: "source-text", text: title }),
        el("span", { className: "source-meta" }, [
          el("span", {
            className: `source-tier tier-${tier ?? "unrated"}`,
            text: tier ?? "unrated",
            attrs: { title: tier ? TIER_TITLES[tier] : "Publisher not in the publishers table" },
          }),
          meta ? ` ${meta}` : null,
        ]),
        source.url && href === null
          ? el("span", { className: "source-meta", text: source.url })
          : null,
      ]);
    }),
  );
}
