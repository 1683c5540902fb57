// The WAI-ARIA menu button pattern on a <details> menu: the summary is the button (aria-haspopup,
// aria-expanded); Enter, Space or ↓ opens it on the first item, ↑ on the last; in the menu ↓ ↑ move
// (wrapping), Home and End jump, Escape closes and returns focus to the button, Tab closes; items
// are reached by the arrows only (tabindex −1); choosing one closes the menu back to the button.

let menus = 0;

export function wireMenuButton(
  details: HTMLDetailsElement,
  button: HTMLElement,
  menu: HTMLElement,
): () => void {
  menus += 1;
  button.id ||= `menu-button-${menus}`;
  menu.id ||= `menu-${menus}`;
  button.setAttribute("aria-haspopup", "menu");
  button.setAttribute("aria-controls", menu.id);
  menu.setAttribute("aria-labelledby", button.id);
  const items = () => [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  for (const item of items()) item.tabIndex = -1;
  const sync = () => button.setAttribute("aria-expanded", String(details.open));
  sync();
  const close = (refocus: boolean) => {
    details.open = false;
    sync();
    if (refocus) button.focus();
  };
  const openAt = (which: "first" | "last") => {
    details.open = true;
    sync();
    const list = items();
    (which === "first" ? list[0] : list[list.length - 1])?.focus();
  };
  button.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      openAt("first");
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      openAt("last");
    } else if (event.key === "Escape" && details.open) {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    }
  });
  menu.addEventListener("keydown", (event) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const move = (index: number) => list[(index + list.length) % list.length]?.focus();
    switch (event.key) {
      case "ArrowDown":
        move(at + 1);
        break;
      case "ArrowUp":
        move(at < 0 ? -1 : at - 1);
        break;
      case "Home":
        move(0);
        break;
      case "End":
        move(-1);
        break;
      case "Escape":
        event.stopPropagation();
        close(true);
        break;
      case "Tab":
        close(false);
        return;
      default:
        return;
    }
    event.preventDefault();
  });
  // A chosen item closes the menu (the item's own click handler runs first): focus goes back.
  const onClick = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest('[role="menuitem"]'))
      queueMicrotask(() => {
        if (!details.open && menu.contains(document.activeElement)) button.focus();
      });
  };
  menu.addEventListener("click", onClick);
  details.addEventListener("toggle", sync);
  return () => details.removeEventListener("toggle", sync);
}
