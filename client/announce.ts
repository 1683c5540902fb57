// Polite announcements for screen readers: a changed figure is said once the user pauses (a drag
// or a burst of filter clicks is one announcement), and the same words are never said twice in a row.

export interface AnnouncerOptions {
  /** Quiet time after the last change before speaking. */
  delayMs: number;
}

export const ANNOUNCER_DEFAULTS: Readonly<AnnouncerOptions> = Object.freeze({ delayMs: 900 });

/** Words, or a function that gives them when the quiet time is over (null: nothing to say). */
export type Words = string | (() => string | null);

export interface Announcer {
  /** Say `words` after the quiet time, replacing anything not yet said. */
  say(words: Words): void;
  dispose(): void;
}

export function createAnnouncer(
  region: { textContent: string | null },
  options: Partial<AnnouncerOptions> = {},
): Announcer {
  const { delayMs } = { ...ANNOUNCER_DEFAULTS, ...options };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let said = "";
  return {
    say(words) {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        const text = typeof words === "string" ? words : words();
        if (text === null || text === said) return;
        said = text;
        region.textContent = text;
      }, delayMs);
    },
    dispose() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}

let shared: Announcer | null = null;

/** The page's one polite live region (made on first use). */
export function announce(words: Words): void {
  if (shared === null) {
    const region = document.createElement("div");
    region.id = "announcer";
    region.className = "visually-hidden";
    region.setAttribute("role", "status");
    region.setAttribute("aria-live", "polite");
    region.setAttribute("aria-atomic", "true");
    document.body.append(region);
    shared = createAnnouncer(region);
  }
  shared.say(words);
}
