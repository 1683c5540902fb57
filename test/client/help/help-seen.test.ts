import { describe, expect, it } from "vitest";
import {
  HELP_SEEN_KEY,
  type HelpStorage,
  helpUnseen,
  rememberHelpSeen,
} from "../../../client/help/help-seen.js";

function memoryStorage(): HelpStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

const refusing: HelpStorage = {
  getItem: () => {
    throw new Error("SecurityError");
  },
  setItem: () => {
    throw new Error("QuotaExceededError");
  },
};

describe("helpUnseen and rememberHelpSeen", () => {
  it("say unseen on a first visit and seen once dismissed, for good", () => {
    const storage = memoryStorage();
    expect(helpUnseen(storage)).toBe(true);
    rememberHelpSeen(storage);
    expect(storage.items.get(HELP_SEEN_KEY)).toBe("1");
    expect(helpUnseen(storage)).toBe(false);
    rememberHelpSeen(storage);
    expect(helpUnseen(storage)).toBe(false);
  });

  it("never open the help uninvited where storage is missing or refused, and do not throw", () => {
    expect(helpUnseen(null)).toBe(false);
    expect(helpUnseen(refusing)).toBe(false);
    expect(() => rememberHelpSeen(refusing)).not.toThrow();
    expect(() => rememberHelpSeen(null)).not.toThrow();
  });
});
