import { describe, expect, it } from "vitest";
import { computeConcentration } from "../../server/analysis/concentration.js";
import { UnknownEntityError } from "../../server/analysis/errors.js";
import { datasetOf, deal, flowOf } from "../fixtures/build-dataset.js";

const flow = flowOf(
  // cloud receives 60 + 20 (two deals) from lab, 20 from startup, an undisclosed amount from mystery.
  datasetOf(
    ["cloud", "lab", "startup", "mystery"],
    [
      deal("d1", "lab", "cloud", 60, "compute_contract"),
      deal("d2", "lab", "cloud", 20, "compute_contract"),
      deal("d3", "startup", "cloud", 20, "compute_contract"),
      deal("d4", "mystery", "cloud", null, "compute_contract"),
    ],
  ),
);

describe("computeConcentration", () => {
  it("splits inflow by payer by hand: lab 80/100, startup 20/100; undisclosed payers are not listed", () => {
    expect(computeConcentration(flow, "cloud")).toEqual({
      id: "cloud",
      inflowUsd: 100,
      counterparties: [
        { counterparty: "lab", amountUsd: 80, share: 0.8 },
        { counterparty: "startup", amountUsd: 20, share: 0.2 },
      ],
      topCounterparty: "lab",
      topCounterpartyShare: 0.8,
    });
  });

  it("has no top counterparty when nothing flows in", () => {
    expect(computeConcentration(flow, "lab")).toMatchObject({
      inflowUsd: 0,
      counterparties: [],
      topCounterparty: null,
      topCounterpartyShare: 0,
    });
  });

  it("throws UnknownEntityError for an unknown id", () => {
    expect(() => computeConcentration(flow, "oracel")).toThrow(UnknownEntityError);
  });
});
