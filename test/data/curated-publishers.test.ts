import { describe, expect, it } from "vitest";
import { CURATED_PUBLISHERS } from "../../server/dataset/curated-publishers.js";
import { findPublisher } from "../../server/dataset/find-publisher.js";
import { loadDataset } from "../../server/dataset/load-dataset.js";

describe("data/publishers.json (the curated publishers table)", () => {
  it("keys hosts in the normalised form the lookup uses", () => {
    for (const host of Object.keys(CURATED_PUBLISHERS)) {
      expect(host, host).toBe(host.toLowerCase());
      expect(host.startsWith("www."), host).toBe(false);
    }
  });

  it("knows the wire services and the filings site", () => {
    expect(findPublisher(CURATED_PUBLISHERS, "www.reuters.com")?.tier).toBe("major");
    expect(findPublisher(CURATED_PUBLISHERS, "www.bloomberg.com")?.tier).toBe("major");
    expect(findPublisher(CURATED_PUBLISHERS, "www.sec.gov")?.tier).toBe("primary");
  });

  it("is applied to the curated dataset, whose source warnings are all located", async () => {
    const { warnings } = await loadDataset();
    const tierWarnings = warnings.filter((w) => /publisher|primary or major/.test(w.message));
    for (const warning of tierWarnings) expect(warning.path).toMatch(/^deals\[\d+\]\.sources/);
  });
});
