import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { embedSnippet, embedUrl } from "../../../client/export-menu/embed-snippet.js";

describe("embedUrl", () => {
  it("points at /embed beside the viewer, with the view's hash and no query", () => {
    expect(embedUrl("https://example.org/?x=1#old", "asOf=2025-03-31&cycle=a")).toBe(
      "https://example.org/embed#asOf=2025-03-31&cycle=a",
    );
    expect(embedUrl("https://example.org/tools/roundtrip/index.html", "")).toBe(
      "https://example.org/tools/roundtrip/embed",
    );
  });
});

describe("embedSnippet", () => {
  it("is one iframe whose attributes cannot be broken out of", () => {
    const snippet = embedSnippet(
      "https://example.org/",
      'entity="><script>alert(1)</script>',
      'Loop "A" <b>',
    );
    expect(snippet.startsWith('<iframe src="https://example.org/embed#entity=')).toBe(true);
    expect(snippet).not.toContain("<script>");
    expect(snippet).toContain('title="Loop &quot;A&quot; &lt;b&gt;"');
    // Well-formed as XML too: one element, attributes that read back as given.
    const frame = new DOMParser().parseFromString(snippet, "text/xml").documentElement!;
    expect(frame.tagName).toBe("iframe");
    expect(frame.childNodes.length).toBe(0);
    expect(frame.getAttribute("title")).toBe('Loop "A" <b>');
    expect(frame.getAttribute("src")).toBe(
      "https://example.org/embed#entity=%22%3E%3Cscript%3Ealert(1)%3C/script%3E",
    );
  });
});
