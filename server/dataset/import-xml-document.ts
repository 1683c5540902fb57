// Parse XML text strictly (xmldom, in the browser too): a document that is not well-formed
// becomes a MalformedDocumentError naming the line and column, never a half-read graph.

import { DOMParser } from "@xmldom/xmldom";
import type { Problem } from "../analysis/types.js";
import { MalformedDocumentError } from "./import-error.js";

export type XmlDocument = ReturnType<DOMParser["parseFromString"]>;
export type XmlElement = NonNullable<XmlDocument["documentElement"]>;

interface Locator {
  lineNumber?: number;
  columnNumber?: number;
}

/** Parse `text` and check that its root element is `root`. */
export function importXmlDocument(functionName: string, text: string, root: string): XmlDocument {
  const problems: Problem[] = [];
  let doc: XmlDocument | null = null;
  try {
    doc = new DOMParser({
      // XML 1.0 line ends only: xmldom's default also folds NEL, U+2028 and U+2029 (XML 1.1).
      normalizeLineEndings: (source: string) => source.replace(/\r\n?/g, "\n"),
      onError(level, message, context) {
        if (level === "warning") return;
        const at = (context as { locator?: Locator } | undefined)?.locator;
        const path = at?.lineNumber ? `line ${at.lineNumber}, column ${at.columnNumber ?? 0}` : "";
        problems.push({ path, message: message.replace(/^\[xmldom \w+\]\s*/, "") });
      },
    }).parseFromString(text, "text/xml");
  } catch {
    // The problem was recorded by onError.
  }
  if (problems.length === 0 && doc?.documentElement?.localName !== root) {
    problems.push({
      path: "",
      message: `expected a <${root}> document, received <${doc?.documentElement?.localName ?? "nothing"}>`,
    });
  }
  if (problems.length > 0 || doc === null) throw new MalformedDocumentError(functionName, problems);
  return doc;
}

/** Elements named `name` anywhere below `parent`, in document order. */
export function elementsByName(parent: XmlDocument | XmlElement, name: string): XmlElement[] {
  return Array.from(parent.getElementsByTagName(name));
}
