// Whether this browser has dismissed "How to read this" before: the help opens by itself on a first
// visit only. A storage that is missing or refuses access counts as seen (nothing opens uninvited).

export const HELP_SEEN_KEY = "roundtrip-help-seen";

export type HelpStorage = Pick<Storage, "getItem" | "setItem">;

/** The page's localStorage, or null where the browser refuses it. */
export function pageStorage(): HelpStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** True when the help has never been dismissed here and the storage can remember a dismissal. */
export function helpUnseen(storage: HelpStorage | null): boolean {
  if (storage === null) return false;
  try {
    return storage.getItem(HELP_SEEN_KEY) === null;
  } catch {
    return false;
  }
}

/** Remember that the help was dismissed (best effort: a full or blocked storage is ignored). */
export function rememberHelpSeen(storage: HelpStorage | null): void {
  try {
    storage?.setItem(HELP_SEEN_KEY, "1");
  } catch {
    // Nothing to do: the help may open again on the next visit.
  }
}
