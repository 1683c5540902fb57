// Which dataset is open ("bundled · 2026.12" or the file's name), a way back to the bundled one,
// for an upload the server did not keep, a plain note that a link cannot carry it, and an upload's
// warnings behind a button that lists them.

import { type DatasetSource, datasetLabel } from "../dataset-source.js";
import { el, replaceChildren } from "../dom.js";
import { plural } from "../format.js";

export interface DatasetBadge {
  /** Show the current source, with a note (null for none). */
  render(source: DatasetSource, note: string | null): void;
  dispose(): void;
}

export function mountDatasetBadge(
  container: HTMLElement,
  version: string | undefined,
  onBundled: (() => void) | null,
  /** The open file's warnings and how to list them (none for the bundled data). */
  warnings: { count: number; open(): void } | null = null,
): DatasetBadge {
  const root = el("div", { className: "dataset-badge", attrs: { "aria-live": "polite" } });
  container.append(root);
  return {
    render(source, note) {
      const label = datasetLabel(source, version);
      replaceChildren(root, [
        el("span", { className: "dataset-name", attrs: { title: label } }, [
          el("span", { className: "muted", text: "Data: " }),
          label,
        ]),
        source.kind === "upload" && onBundled
          ? el("button", {
              className: "link-button dataset-back",
              text: "Back to bundled data",
              attrs: { type: "button" },
              on: { click: onBundled },
            })
          : null,
        warnings && warnings.count > 0
          ? el("button", {
              className: "link-button dataset-warnings",
              text: plural(warnings.count, "warning"),
              attrs: { type: "button", "aria-haspopup": "dialog" },
              on: { click: warnings.open },
            })
          : null,
        note
          ? el("span", { className: "dataset-note", text: note, attrs: { role: "note" } })
          : null,
      ]);
    },
    dispose: () => root.remove(),
  };
}
