// The host a source's URL points at, normalised for the publishers table: lower case, no
// trailing dot, no `www.`. Only http(s) URLs have one.

export function sourceHost(url: string | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    return null;
  }
  const host = hostname.toLowerCase().replace(/\.$/, "");
  if (host === "") return null;
  return host.startsWith("www.") ? host.slice(4) : host;
}
