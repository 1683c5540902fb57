// Text from the data made safe to print on a terminal: control characters (C0, DEL, C1), line and
// paragraph separators and bidirectional overrides are written as `\u001b`-style escapes, so a
// name cannot clear the screen, write the clipboard (OSC 52), plant a link (OSC 8) or rewrite a line.

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

const escapeOne = (char: string) => `\\u${char.codePointAt(0)!.toString(16).padStart(4, "0")}`;

/** `text` with every unsafe code point escaped (a backslash itself is left as it is). */
export function escapeTerminal(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}
