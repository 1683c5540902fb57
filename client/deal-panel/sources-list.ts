// A deal's sources: publisher, title and date; only http(s) URLs become links (new tab).

import type { Source } from "@engine";
import { el, externalLink, safeHref } from "../dom.js";
import { formatDate } from "../format.js";

export function sourcesList(sources: readonly Source[]): HTMLElement {
  if (sources.length === 0) return el("p", { className: "muted", text: "No sources listed." });
  return el(
    "ul",
    { className: "sources" },
    sources.map((source) => {
      const title = source.title || source.publisher || source.url || "Untitled source";
      const meta = [
        source.title ? source.publisher : undefined,
        source.date ? formatDate(source.date) : undefined,
      ]
        .filter((part): part is string => Boolean(part))
        .join(" · ");
      const href = safeHref(source.url);
      return el("li", {}, [
        source.url
          ? externalLink(source.url, title)
          : el("span", { className: "source-text", text: title }),
        meta ? el("span", { className: "source-meta", text: meta }) : null,
        source.url && href === null
          ? el("span", { className: "source-meta", text: source.url })
          : null,
      ]);
    }),
  );
}
