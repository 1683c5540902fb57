// The /embed page's caption: what the picture shows (title, date and filters, a focused loop or
// entity), the credit, and a link that opens the same view in the full Roundtrip viewer.

import { creditText } from "../../server/dataset/export-view.js";
import { sceneText } from "../../server/dataset/svg-scene.js";
import { inclusionFor } from "../analyze-view.js";
import { creditSource, type DatasetSource } from "../dataset-source.js";
import { el, replaceChildren } from "../dom.js";
import { focusLine } from "../export-menu/renderer-scene.js";
import type { ViewModel } from "../view-model.js";

/** The full viewer's address for this embed's view: the page beside /embed, same hash. */
export function openInRoundtripUrl(embedHref: string): string {
  const url = new URL(embedHref);
  url.pathname = url.pathname.replace(/\/embed\/?$/, "/");
  url.search = "";
  return url.href;
}

export function mountEmbedCaption(
  container: HTMLElement,
  model: ViewModel,
  source: () => DatasetSource,
): () => void {
  const root = el("figcaption", { className: "embed-caption" });
  container.append(root);
  const render = () => {
    const state = model.getState();
    const text = sceneText(
      model.dataset,
      inclusionFor(state.filters, state.asOf),
      {
        ...creditText(creditSource(source())),
        focus: focusLine(model),
      },
      true,
    );
    replaceChildren(root, [
      el("div", { className: "embed-text" }, [
        el("strong", { className: "embed-title", text: text.title }),
        el("span", { className: "embed-lines muted", text: text.lines.join(" · ") }),
        el("span", { className: "embed-credit muted", text: text.credit }),
      ]),
      el("a", {
        className: "tool-button embed-open",
        text: "Open in Roundtrip ↗",
        attrs: { href: openInRoundtripUrl(location.href), target: "_blank", rel: "noopener" },
      }),
    ]);
  };
  render();
  // After the URL sync has written the new hash, so the link carries the current view.
  const unsubscribe = model.subscribe(() => queueMicrotask(render));
  return () => {
    unsubscribe();
    root.remove();
  };
}
