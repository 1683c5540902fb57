// Redraw a panel without losing the keyboard: when focus was inside, it goes back to the redrawn
// element that matches the one focused (same tag, class, name and position among its twins).

/** What identifies a control across redraws: its kind, class and name, not the node. */
function focusKey(node: Element): string {
  return [
    node.tagName,
    node.className,
    node.getAttribute("aria-label") ?? "",
    node.getAttribute("href") ?? "",
    node.textContent?.trim() ?? "",
  ].join("\u001f");
}

export function keepFocus(container: HTMLElement, draw: () => void): void {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !container.contains(active) || active === container) {
    draw();
    return;
  }
  const key = focusKey(active);
  const twins = (root: HTMLElement) =>
    [...root.querySelectorAll<HTMLElement>(active.tagName)].filter((n) => focusKey(n) === key);
  const index = twins(container).indexOf(active);
  draw();
  if (active.isConnected) return;
  const again = twins(container);
  const target = again[Math.min(index, again.length - 1)];
  if (target) {
    // A heading focused by script is focusable only through its tabindex: keep it.
    const tabindex = active.getAttribute("tabindex");
    if (tabindex !== null && !target.hasAttribute("tabindex")) {
      target.setAttribute("tabindex", tabindex);
    }
    target.focus({ preventScroll: true });
  }
}
