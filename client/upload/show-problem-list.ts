// A dialog listing a file's located problems (errors that stop it, or warnings about it) as a list
// the user can read, select and copy in one click, with the file's name in the heading.

import type { Problem } from "@engine";
import { el, replaceChildren } from "../dom.js";
import { plural } from "../format.js";

/** Problems listed at most; the heading gives the total and Copy copies them all. */
const MAX_PROBLEMS = 200;

export interface ProblemList {
  kind: "error" | "warning";
  fileName: string;
  problems: readonly Problem[];
}

/** One line per problem, `path: message`, as Copy puts it on the clipboard. */
export function problemsAsText({ kind, fileName, problems }: ProblemList): string {
  const head = `${fileName}: ${plural(problems.length, kind === "error" ? "problem" : "warning")}`;
  return [head, ...problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message))].join(
    "\n",
  );
}

export function showProblemList(dialog: HTMLDialogElement, list: ProblemList): void {
  const { kind, fileName, problems } = list;
  const errors = kind === "error";
  const status = el("span", { className: "copy-status", attrs: { role: "status" } });
  const copy = async () => {
    const text = problemsAsText(list);
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = "Copied.";
    } catch {
      // No clipboard permission (an insecure origin): select the list so Ctrl+C copies it.
      const range = document.createRange();
      range.selectNodeContents(listNode);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      status.textContent = "Selected: press Ctrl+C (⌘C) to copy.";
    }
  };
  const headingId = "problems-heading";
  const listNode = el(
    "ol",
    { className: "problems", attrs: { "aria-labelledby": headingId } },
    problems
      .slice(0, MAX_PROBLEMS)
      .map((problem) =>
        el("li", {}, [
          problem.path ? el("code", { className: "problem-path", text: problem.path }) : null,
          el("span", { className: "problem-message", text: problem.message }),
        ]),
      ),
  );
  dialog.setAttribute("aria-labelledby", headingId);
  dialog.removeAttribute("aria-label");
  replaceChildren(dialog, [
    el("form", { attrs: { method: "dialog" }, className: "dialog-body" }, [
      el("h2", {
        text: errors ? `${fileName} cannot be shown` : `Warnings about ${fileName}`,
        attrs: { id: headingId, tabindex: -1 },
      }),
      el("p", {
        className: "panel-note",
        text: errors
          ? `${plural(problems.length, "problem")} found. Fix them and open the file again.`
          : `${plural(problems.length, "warning")}: the file is shown, but check these.`,
      }),
      listNode,
      problems.length > MAX_PROBLEMS
        ? el("p", {
            className: "muted",
            text: `… and ${problems.length - MAX_PROBLEMS} more (Copy copies them all).`,
          })
        : null,
      el("div", { className: "dialog-actions" }, [
        status,
        el("button", {
          className: "tool-button copy-problems",
          text: `Copy ${errors ? "the problems" : "the warnings"}`,
          attrs: { type: "button" },
          on: { click: () => void copy() },
        }),
        el("button", { className: "tool-button", text: "Close", attrs: { value: "close" } }),
      ]),
    ]),
  ]);
  if (!dialog.open) dialog.showModal();
}
