// On phones the header's tools fold into a "Menu" button (app.css hides it on wider windows):
// it opens them as a panel under the header; Escape, a click outside or a wider window close it.

export function mountHeaderMenu(
  button: HTMLButtonElement,
  toolbar: HTMLElement,
  topbar: HTMLElement,
): () => void {
  function set(open: boolean): void {
    topbar.classList.toggle("menu-open", open);
    button.setAttribute("aria-expanded", String(open));
  }
  const onClick = () => {
    const open = !topbar.classList.contains("menu-open");
    set(open);
    if (open) toolbar.querySelector<HTMLElement>("button, summary")?.focus();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !topbar.classList.contains("menu-open")) return;
    // An open export list inside closes first (it handles its own Escape).
    if (toolbar.querySelector("details[open]")) return;
    set(false);
    button.focus();
  };
  const onOutside = (event: PointerEvent) => {
    if (event.target instanceof Node && !topbar.contains(event.target)) set(false);
  };
  const wide = matchMedia("(min-width: 481px)");
  const onWide = () => set(false);
  button.addEventListener("click", onClick);
  document.addEventListener("keydown", onKey);
  document.addEventListener("pointerdown", onOutside);
  wide.addEventListener("change", onWide);
  return () => {
    set(false);
    button.removeEventListener("click", onClick);
    document.removeEventListener("keydown", onKey);
    document.removeEventListener("pointerdown", onOutside);
    wide.removeEventListener("change", onWide);
  };
}
