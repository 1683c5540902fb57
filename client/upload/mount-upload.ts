// Your own data: pick or drop a JSON, CSV, GEXF, GraphML or zip file; it is read and validated in
// the browser, in a worker (nothing is uploaded; the page stays responsive, a status line shows
// the read going on with a Cancel button), and shown, or its located problems are listed.

import type { Dataset, Problem } from "@engine";
import type { BundledLayout } from "../../shared/layout/bundled-layout.js";
import { el, replaceChildren } from "../dom.js";
import { formatFileSize } from "./format-file-size.js";
import { readUploadInWorker } from "./read-upload-in-worker.js";
import { showProblemList } from "./show-problem-list.js";

export interface UploadOptions {
  onDataset(
    dataset: Dataset,
    fileName: string,
    warnings: Problem[],
    /** What the worker did besides: the layout of a large dataset, the canonical JSON. */
    extras: { layout: BundledLayout | null; json: string | null; jsonBytes: Uint8Array | null },
  ): void | Promise<void>;
  /** The user cancelled the reading of `fileName` (the dataset on screen stays). */
  onCancel?(fileName: string): void;
}

export function mountUpload(
  button: HTMLElement,
  dropzone: HTMLElement,
  dialog: HTMLDialogElement,
  options: UploadOptions,
): () => void {
  const input = el("input", {
    attrs: {
      type: "file",
      accept: ".json,.csv,.gexf,.graphml,.xml,.zip",
      hidden: true,
      "aria-label": "Open a dataset file",
    },
  });
  button.after(input);

  /** The read under way: a newer file cancels it. */
  let reading: AbortController | null = null;
  const progress = el("div", {
    className: "upload-progress",
    attrs: { role: "status", "aria-live": "polite", hidden: true },
  });
  document.body.append(progress);

  /** Show that `file` is being read, with the seconds so far and a Cancel button. */
  function showProgress(
    file: File,
    controller: AbortController,
  ): { layingOut: () => void; hide: () => void } {
    const started = performance.now();
    const label = el("span", { className: "upload-progress-text" });
    const size = formatFileSize(file.size);
    let doing = `Reading ${file.name} (${size})`;
    const tick = () => {
      const seconds = Math.floor((performance.now() - started) / 1000);
      label.textContent = `${doing}…${seconds > 0 ? ` ${seconds} s` : ""}`;
    };
    tick();
    const timer = setInterval(tick, 1000);
    replaceChildren(progress, [
      label,
      el("button", {
        className: "tool-button",
        text: "Cancel",
        attrs: { type: "button" },
        on: { click: () => controller.abort() },
      }),
    ]);
    progress.hidden = false;
    button.setAttribute("aria-busy", "true");
    const layingOut = () => {
      doing = `Laying out ${file.name}`;
      tick();
    };
    return {
      layingOut,
      hide: () => {
        clearInterval(timer);
        if (reading !== controller) return;
        progress.hidden = true;
        replaceChildren(progress, []);
        button.removeAttribute("aria-busy");
      },
    };
  }

  async function load(file: File): Promise<void> {
    reading?.abort();
    const controller = new AbortController();
    reading = controller;
    const shown = showProgress(file, controller);
    performance.mark("roundtrip:upload-start");
    let outcome: Awaited<ReturnType<typeof readUploadInWorker>>;
    try {
      outcome = await readUploadInWorker(file, file.name, {
        signal: controller.signal,
        onLayout: shown.layingOut,
      });
    } finally {
      shown.hide();
    }
    performance.mark("roundtrip:upload-read");
    // The dataset came back in this task: the viewer is rebuilt in a later one (input first).
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (reading === controller) reading = null;
    if ("cancelled" in outcome) {
      if (!controller.signal.aborted || reading !== null) return;
      options.onCancel?.(file.name);
      return;
    }
    if (outcome.ok) {
      const { dataset, warnings, layout, json, jsonBytes } = outcome;
      await options.onDataset(dataset, file.name, warnings, { layout, json, jsonBytes });
    } else {
      showProblemList(dialog, { kind: "error", fileName: file.name, problems: outcome.problems });
    }
  }

  const onPick = () => {
    const file = input.files?.[0];
    if (file) void load(file);
    input.value = "";
  };
  const onClick = () => input.click();
  let depth = 0;
  const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
  const onEnter = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth++;
    dropzone.hidden = false;
  };
  const onOver = (event: DragEvent) => {
    if (hasFiles(event)) event.preventDefault();
  };
  const onLeave = () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) dropzone.hidden = true;
  };
  const onDrop = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth = 0;
    dropzone.hidden = true;
    const file = event.dataTransfer?.files[0];
    if (file) void load(file);
  };
  input.addEventListener("change", onPick);
  button.addEventListener("click", onClick);
  window.addEventListener("dragenter", onEnter);
  window.addEventListener("dragover", onOver);
  window.addEventListener("dragleave", onLeave);
  window.addEventListener("drop", onDrop);
  return () => {
    reading?.abort();
    progress.remove();
    input.remove();
    button.removeEventListener("click", onClick);
    window.removeEventListener("dragenter", onEnter);
    window.removeEventListener("dragover", onOver);
    window.removeEventListener("dragleave", onLeave);
    window.removeEventListener("drop", onDrop);
  };
}
