// The copy-paste <iframe> for the current view: the /embed page with the permalink's hash.

import { escapeXmlAttribute } from "../../server/dataset/export-xml-text.js";

export const EMBED_SIZE = Object.freeze({ width: 800, height: 560 });

/** `pageUrl`: the viewer's address (any path, query or hash); `hash`: the view, without "#". */
export function embedUrl(pageUrl: string, hash: string): string {
  const url = new URL("embed", new URL(pageUrl));
  url.search = "";
  url.hash = hash;
  return url.href;
}

export function embedSnippet(pageUrl: string, hash: string, title: string): string {
  const { width, height } = EMBED_SIZE;
  const src = escapeXmlAttribute(embedUrl(pageUrl, hash));
  return `<iframe src="${src}" title="${escapeXmlAttribute(title)}" width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy" referrerpolicy="no-referrer-when-downgrade"></iframe>`;
}
