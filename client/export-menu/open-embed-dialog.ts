// "Embed": a dialog with the copy-paste <iframe> for the current view (the /embed page carries
// the same hash as the permalink), or, for an upload the server could not keep, why there is none.

import type { DatasetSource } from "../dataset-source.js";
import { el, replaceChildren } from "../dom.js";
import { embedSnippet, embedUrl } from "./embed-snippet.js";

export function openEmbedDialog(
  source: DatasetSource,
  title: string,
  toast: (text: string) => void,
): HTMLDialogElement {
  const dialog = el("dialog", {
    className: "dialog embed-dialog",
    attrs: { "aria-label": "Embed this view" },
  });
  const hash = location.hash.slice(1);
  const unsaved = source.kind === "upload" && source.id === null;
  const snippet = embedSnippet(location.href, hash, title);
  const code = el("textarea", {
    className: "embed-code",
    attrs: { readonly: true, rows: 4, spellcheck: "false", "aria-label": "Embed code" },
  });
  code.value = snippet;
  const copy = el("button", {
    className: "tool-button",
    text: "Copy code",
    attrs: { type: "button" },
    on: {
      click: async () => {
        try {
          await navigator.clipboard.writeText(snippet);
          toast("Embed code copied.");
        } catch {
          code.select();
          toast("Select the code and copy it.");
        }
      },
    },
  });
  replaceChildren(dialog, [
    el("form", { attrs: { method: "dialog" }, className: "dialog-body" }, [
      el("h2", { text: "Embed this view" }),
      unsaved
        ? el("p", {
            className: "panel-note embed-warning",
            text: "This network was opened from a file the server did not keep (see the note beside its name): an embed would show the bundled data instead.",
          })
        : el("p", {
            className: "panel-note",
            text: "Paste this into a web page: it shows the network with these filters and this date, a caption and a link back to Roundtrip.",
          }),
      code,
      el("p", { className: "muted" }, [
        el("a", {
          text: "Preview the embed",
          attrs: { href: embedUrl(location.href, hash), target: "_blank", rel: "noopener" },
        }),
      ]),
      el("div", { className: "dialog-actions" }, [
        copy,
        el("button", { className: "tool-button", text: "Close", attrs: { value: "close" } }),
      ]),
    ]),
  ]);
  dialog.addEventListener("close", () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  code.select();
  return dialog;
}
