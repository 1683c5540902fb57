import { describe, expect, it } from "vitest";
import { sourceHost } from "../../server/dataset/source-host.js";

describe("sourceHost", () => {
  it("returns the lower-case host without www. and without a port", () => {
    expect(sourceHost("https://WWW.Reuters.com:443/world/x?y=1")).toBe("reuters.com");
    expect(sourceHost("http://news.example.com./a")).toBe("news.example.com");
  });

  it("has no host for a missing, relative or non-http(s) URL", () => {
    expect(sourceHost(undefined)).toBeNull();
    expect(sourceHost("")).toBeNull();
    expect(sourceHost("/relative/path")).toBeNull();
    expect(sourceHost("ftp://example.com/file")).toBeNull();
    expect(sourceHost("javascript:alert(1)")).toBeNull();
    expect(sourceHost("https://")).toBeNull();
  });
});
