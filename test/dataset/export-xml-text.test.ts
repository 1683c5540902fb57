import { describe, expect, it } from "vitest";
import {
  escapeXmlAttribute,
  escapeXmlText,
  xmlSafeText,
} from "../../server/dataset/export-xml-text.js";

describe("xmlSafeText", () => {
  it("replaces controls, U+FFFE/U+FFFF and lone surrogates, keeps pairs and tab/LF/CR", () => {
    expect(xmlSafeText("a\u0000b\u0008c\u000bd\u001f")).toBe("a\uFFFDb\uFFFDc\uFFFDd\uFFFD");
    expect(xmlSafeText("\uFFFE\uFFFF")).toBe("\uFFFD\uFFFD");
    expect(xmlSafeText("x\uD800y\uDC00")).toBe("x\uFFFDy\uFFFD");
    expect(xmlSafeText("🚀 \t\n\r ok")).toBe("🚀 \t\n\r ok");
  });
});

describe("escapeXmlAttribute", () => {
  it("escapes markup, quotes and whitespace that attribute normalization would fold", () => {
    expect(escapeXmlAttribute(`<a href="x">&'\t\n\r\u2028`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&#9;&#10;&#13;&#8232;",
    );
  });
});

describe("escapeXmlText", () => {
  it("escapes markup and CR, keeps LF and tab", () => {
    expect(escapeXmlText("<b>]]>&\r\n\t")).toBe("&lt;b&gt;]]&gt;&amp;&#13;\n\t");
  });
});
