// Your own data: pick or drop a JSON, CSV, GEXF, GraphML or zip file; it is read and validated in
// the browser (nothing is uploaded) and shown, or its located problems are listed.

import type { Dataset, Problem } from "@engine";
import { el } from "../dom.js";
import { showProblemList } from "./show-problem-list.js";

export interface UploadOptions {
  onDataset(dataset: Dataset, fileName: string, warnings: Problem[]): void | Promise<void>;
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

  async function load(file: File): Promise<void> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    // The readers (XML, zip, CSV) load on first use: none of them is needed for the first frame.
    const { readUpload } = await import("./read-upload.js");
    const result = readUpload(bytes, file.name, file.type);
    if (result.ok) await options.onDataset(result.dataset, file.name, result.warnings);
    else showProblemList(dialog, { kind: "error", fileName: file.name, problems: result.problems });
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
    input.remove();
    button.removeEventListener("click", onClick);
    window.removeEventListener("dragenter", onEnter);
    window.removeEventListener("dragover", onOver);
    window.removeEventListener("dragleave", onLeave);
    window.removeEventListener("drop", onDrop);
  };
}
