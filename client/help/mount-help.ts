// "How to read this": a one-screen dialog from the header saying in plain words what a loop, a
// bottleneck, round-trip share, the committed view and the cycling index mean, one example each,
// with a link to the full methodology (served at /methodology). It opens by itself on a first visit.

import { el } from "../dom.js";
import { PLAIN_LABELS, plainLabelText } from "../plain-label.js";
import { type HelpStorage, helpUnseen, pageStorage, rememberHelpSeen } from "./help-seen.js";

/** Term, plain meaning, example: the help's content (also read by its test). */
export const HELP_TERMS: readonly { term: string; meaning: string; example: string }[] = [
  {
    term: "Loop",
    meaning:
      "Money that goes from company to company and comes back to where it started (a cycle of deals).",
    example:
      "Nvidia invests in OpenAI, OpenAI buys cloud capacity from Oracle, Oracle buys Nvidia chips.",
  },
  {
    term: plainLabelText(PLAIN_LABELS.bottleneck),
    meaning:
      "The smallest hop of a loop: no more money than that can go all the way round. The hop is marked in the loop's card.",
    example: "A pays B $10B and B pays A $2B: the loop's bottleneck is $2B.",
  },
  {
    term: plainLabelText(PLAIN_LABELS.roundTripShare),
    meaning:
      "Of the money a company puts out, the share that can come back to it through the network.",
    example: "A company pays out $100B and $9B of it can flow back: its round-trip share is 9%.",
  },
  {
    term: "Announced and committed",
    meaning:
      "Announced counts every amount announced: headlines, estimates, conditional tranches and warrants. Committed counts only firm commitments of signed or closed deals, with no condition.",
    example:
      "An investment of “up to $100B” paid in tranches counts in full when announced, and only its committed tranches in the committed view.",
  },
  {
    term: plainLabelText(PLAIN_LABELS.finn),
    meaning:
      "The share of all money flowing through the network that returns to where it started (Finn's cycling index).",
    example: "5% means one dollar in twenty comes back to the company that paid it.",
  },
  {
    term: plainLabelText(PLAIN_LABELS.excess),
    meaning:
      "Money that could cancel out if every company only paid what it owes overall: the gross flow minus the net positions.",
    example: "A pays B $10B and B pays A $8B: $16B of the $18B could be netted away.",
  },
];

/** The server's copy of docs/METHODOLOGY.md, relative like the API's URLs. */
export const METHODOLOGY_URL = "methodology";

export function mountHelp(
  button: HTMLElement,
  dialog: HTMLDialogElement,
  storage: HelpStorage | null = pageStorage(),
): () => void {
  const headingId = "help-heading";
  dialog.setAttribute("aria-labelledby", headingId);
  dialog.replaceChildren(
    el("form", { attrs: { method: "dialog" }, className: "dialog-body help-body" }, [
      // Focused on opening (showHelp), so the dialog starts at its top rather than at its first
      // link. Not an autofocus attribute: a page embedding the viewer in an iframe would see the
      // browser block and report it.
      el("h2", {
        text: "How to read this",
        attrs: { id: headingId, tabindex: -1 },
      }),
      el("p", {
        text: "Each dot is a company; each arrow a deal, from the one who pays to the one who is paid. Dashed arrows are promises not yet firm. Click or Tab to a company to see its deals and sources.",
      }),
      el(
        "dl",
        { className: "help-terms" },
        HELP_TERMS.flatMap(({ term, meaning, example }) => [
          el("dt", { text: term }),
          el("dd", {}, [
            meaning,
            el("span", { className: "help-example", text: ` For example: ${example}` }),
          ]),
        ]),
      ),
      el("p", {}, [
        "How each figure is computed, with its sources and limits: ",
        el("a", {
          text: "the methodology",
          attrs: { href: METHODOLOGY_URL, target: "_blank", rel: "noopener" },
        }),
        " (opens in a new tab).",
      ]),
      el("div", { className: "dialog-actions" }, [
        el("button", { className: "tool-button", text: "Close", attrs: { value: "close" } }),
      ]),
    ]),
  );
  const open = () => showHelp(dialog);
  const dismissed = () => rememberHelpSeen(storage);
  button.addEventListener("click", open);
  dialog.addEventListener("close", dismissed);
  return () => {
    button.removeEventListener("click", open);
    dialog.removeEventListener("close", dismissed);
  };
}

/** Open the help dialog at its top (its heading focused). */
function showHelp(dialog: HTMLDialogElement): void {
  if (dialog.open) return;
  dialog.showModal();
  dialog.querySelector<HTMLElement>("h2")?.focus();
}

/** Open the help on a first visit (until it has been dismissed once in this browser). */
export function openHelpOnFirstVisit(
  dialog: HTMLDialogElement,
  storage: HelpStorage | null = pageStorage(),
): void {
  if (helpUnseen(storage)) showHelp(dialog);
}
