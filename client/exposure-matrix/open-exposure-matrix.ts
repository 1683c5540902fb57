// The exposure matrix dialog: who stands to lose what if whom cannot pay, for the whole network
// under the current filters and date. Hover or arrow keys read a cell (amount, contingent part and
// the deals behind it); Enter or a click opens the holder's panel; a table gives the same figures.

import { computeCounterpartyExposure } from "@engine";
import { inclusionFor } from "../analyze-view.js";
import { el, replaceChildren } from "../dom.js";
import { formatDate, formatLabel, formatUsd, plural } from "../format.js";
import { dealOf, entityName } from "../names.js";
import { paintLossScale } from "../stress-panel/loss-color.js";
import type { ViewModel } from "../view-model.js";
import { exposureMatrix, type MatrixCell, matrixAmountAt } from "./exposure-matrix.js";
import { matrixSvg } from "./matrix-svg.js";

/** Deals named in a cell's readout before "and N more". */
const READOUT_DEALS = 6;

export function openExposureMatrix(model: ViewModel): HTMLDialogElement {
  const state = model.getState();
  const rows = computeCounterpartyExposure(model.graph, inclusionFor(state.filters, state.asOf));
  const matrix = exposureMatrix(rows);
  const names = matrix.ids.map((id) => entityName(model.graph, id));
  const n = matrix.ids.length;
  const at = new Map<number, MatrixCell>(matrix.cells.map((c) => [c.row * n + c.col, c]));
  const describeDeal = (id: string) => {
    const deal = dealOf(model.graph, id);
    return deal
      ? `${formatLabel(deal.type)} ${formatUsd(deal.amountUsd)}, ${formatDate(deal.date)}`
      : id;
  };
  const describe = (row: number, col: number) => {
    if (row === col) return `${names[row]}: no exposure to itself.`;
    const cell = at.get(row * n + col);
    if (!cell) return `${names[row]} has no exposure to ${names[col]}.`;
    const deals = cell.deals.slice(0, READOUT_DEALS).map(describeDeal);
    const more = cell.deals.length - deals.length;
    return `${names[row]} stands to lose ${formatUsd(cell.amountUsd)} if ${names[col]} cannot pay${
      cell.contingentUsd > 0 ? ` (${formatUsd(cell.contingentUsd)} of it contingent)` : ""
    } · ${plural(cell.deals.length, "deal")}: ${deals.join("; ")}${more > 0 ? `; and ${more} more` : ""}`;
  };

  const readout = el("p", {
    className: "matrix-readout",
    text: "Point at a square, or focus the matrix and use the arrow keys.",
    attrs: { id: "matrix-readout", "aria-live": "polite" },
  });
  const dialog = el("dialog", {
    className: "dialog matrix-dialog",
    attrs: { "aria-label": "Counterparty exposure matrix" },
  });
  const close = () => dialog.close();
  const pick = (row: number) => {
    close();
    model.dispatch({ type: "select", item: { kind: "entity", id: matrix.ids[row]! } });
  };

  let body: Node;
  if (n === 0) {
    body = el("p", { className: "muted", text: "No counterparty exposure under these filters." });
  } else {
    const { root, cursor, geometry } = matrixSvg(matrix, names, state.theme);
    let active = { row: 0, col: 0 };
    const show = (row: number, col: number) => {
      active = { row, col };
      cursor.setAttribute("x", String(geometry.left + col * geometry.cell));
      cursor.setAttribute("y", String(geometry.top + row * geometry.cell));
      cursor.setAttribute("visibility", "visible");
      readout.textContent = describe(row, col);
      for (const text of root.querySelectorAll(".matrix-label")) {
        const index = Number(text.getAttribute("data-index"));
        const on = text.classList.contains("matrix-row-label") ? index === row : index === col;
        text.classList.toggle("active", on);
      }
    };
    root.setAttribute("tabindex", "0");
    root.setAttribute("role", "group");
    root.setAttribute("aria-roledescription", "heat map");
    root.setAttribute(
      "aria-label",
      `Counterparty exposure of ${plural(n, "entity", "entities")}: rows stand to lose, columns cannot pay. Arrow keys move between squares, Enter opens the row's entity.`,
    );
    root.setAttribute("aria-describedby", "matrix-readout");
    root.addEventListener("pointermove", (event) => {
      const target = event.target as Element;
      if (!target.classList.contains("matrix-cell")) return;
      const row = Number(target.getAttribute("data-row"));
      const col = Number(target.getAttribute("data-col"));
      if (
        row !== active.row ||
        col !== active.col ||
        cursor.getAttribute("visibility") !== "visible"
      )
        show(row, col);
    });
    root.addEventListener("click", (event) => {
      const target = event.target as Element;
      if (target.classList.contains("matrix-cell")) pick(Number(target.getAttribute("data-row")));
    });
    root.addEventListener("focus", () => show(active.row, active.col));
    root.addEventListener("keydown", (event) => {
      const move: Record<string, [number, number]> = {
        ArrowUp: [-1, 0],
        ArrowDown: [1, 0],
        ArrowLeft: [0, -1],
        ArrowRight: [0, 1],
      };
      const step = move[event.key];
      if (step) {
        event.preventDefault();
        const clamp = (v: number) => Math.min(n - 1, Math.max(0, v));
        show(clamp(active.row + step[0]), clamp(active.col + step[1]));
      } else if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        pick(active.row);
      }
    });
    const scale = el("span", { className: "loss-scale" });
    paintLossScale(scale);
    const mid = matrixAmountAt(0.5, matrix.minUsd, matrix.maxUsd);
    body = el("div", {}, [
      el("div", { className: "loss-legend matrix-legend", attrs: { "aria-hidden": "true" } }, [
        el("span", { text: formatUsd(matrix.minUsd) }),
        scale,
        el("span", { text: formatUsd(matrix.maxUsd) }),
        el("span", { className: "muted", text: `log scale · middle ${formatUsd(mid)}` }),
      ]),
      el("div", { className: "matrix-scroll" }, [root]),
      readout,
      matrixTable(matrix, names, describeDeal),
    ]);
  }

  replaceChildren(dialog, [
    el("div", { className: "dialog-body" }, [
      el("h2", { text: "Counterparty exposure matrix" }),
      el("p", {
        className: "panel-note",
        text: `Each square: what the row's entity stands to lose if the column's entity cannot pay (revenue it expects, capital it put in, warrants, and guarantees as contingent). Entities sorted by total exposure, held and held on them${
          matrix.truncated ? `; the ${n} most exposed of ${matrix.entityCount}` : ""
        }. Under the current filters and date.`,
      }),
      body,
      el("div", { className: "dialog-actions" }, [
        el("button", {
          className: "tool-button",
          text: "Close",
          attrs: { type: "button" },
          on: { click: close },
        }),
      ]),
    ]),
  ]);
  dialog.addEventListener("close", () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

/** The same figures as a table: every non-zero square, largest first. */
function matrixTable(
  matrix: ReturnType<typeof exposureMatrix>,
  names: readonly string[],
  describeDeal: (id: string) => string,
): HTMLElement {
  const cells = [...matrix.cells].sort(
    (a, b) => b.amountUsd - a.amountUsd || a.row - b.row || a.col - b.col,
  );
  return el("details", { className: "matrix-table" }, [
    el("summary", { text: `The matrix as a table (${plural(cells.length, "exposure")})` }),
    el("table", { className: "deal-table" }, [
      el("caption", {
        className: "visually-hidden",
        text: "Counterparty exposure: holder, counterparty, amount",
      }),
      el("thead", {}, [
        el("tr", {}, [
          el("th", { text: "Stands to lose", attrs: { scope: "col" } }),
          el("th", { text: "If this cannot pay", attrs: { scope: "col" } }),
          el("th", { text: "Amount", attrs: { scope: "col", class: "num" } }),
          el("th", { text: "Contingent", attrs: { scope: "col", class: "num" } }),
          el("th", { text: "Deals", attrs: { scope: "col" } }),
        ]),
      ]),
      el(
        "tbody",
        {},
        cells.map((cell) =>
          el(
            "tr",
            {
              attrs: {
                "data-holder": matrix.ids[cell.row]!,
                "data-counterparty": matrix.ids[cell.col]!,
              },
            },
            [
              el("th", { text: names[cell.row]!, attrs: { scope: "row" } }),
              el("td", { text: names[cell.col]! }),
              el("td", { className: "num", text: formatUsd(cell.amountUsd) }),
              el("td", {
                className: "num",
                text: cell.contingentUsd > 0 ? formatUsd(cell.contingentUsd) : "",
              }),
              el("td", { text: cell.deals.map(describeDeal).join("; ") }),
            ],
          ),
        ),
      ),
    ]),
  ]);
}
