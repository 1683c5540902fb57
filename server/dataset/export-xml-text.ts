// Text that XML 1.0 can carry: characters it forbids even escaped (most C0 controls, U+FFFE/U+FFFF,
// lone surrogates) become U+FFFD; escaping for element text and attribute values.

/** Whether XML 1.0 can carry this UTF-16 code unit (surrogates are checked in pairs by the caller). */
function isXmlChar(code: number): boolean {
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return code !== 0xfffe && code !== 0xffff;
}

/** Replace what XML 1.0 cannot represent with U+FFFD (NOTE: the one lossy step of XML export). */
export function xmlSafeText(value: string): string {
  let out = "";
  let clean = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    let ok = isXmlChar(code);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      ok = false;
    } else if (code >= 0xdc00 && code <= 0xdfff) ok = false;
    if (!ok) {
      out += `${value.slice(clean, i)}\uFFFD`;
      clean = i + 1;
    }
  }
  return clean === 0 ? value : out + value.slice(clean);
}

/** Escape for an attribute value in double quotes; tab, LF and CR as references so they survive. */
export function escapeXmlAttribute(value: string): string {
  return xmlSafeText(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(LINE_SEPARATORS, lineSeparatorReference);
}

/** XML 1.1 readers (and xmldom) fold NEL, U+2028 and U+2029 into LF unless they are references. */
const LINE_SEPARATORS = /[\u0085\u2028\u2029]/g;
const lineSeparatorReference = (c: string) => `&#${c.charCodeAt(0)};`;

/** Escape for element text; CR as a reference so parsers do not fold CRLF to LF. */
export function escapeXmlText(value: string): string {
  return xmlSafeText(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#13;")
    .replace(LINE_SEPARATORS, lineSeparatorReference);
}
