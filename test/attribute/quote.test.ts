import { describe, expect, it } from "vitest";
import { completeQuotes } from "../../src/attribute/quote.js";
import type { Figure } from "../../src/types.js";

const rate = (base: string, quote: string | null, entities: string[] = []) => ({ kind: "fx", unit: "rate", base, quote, entities }) as unknown as Figure;

describe("completeQuotes", () => {
  it("gives a rate with no quote the quote of the last rate of the same base before it, and its country", () => {
    const figs = [rate("USD", "UZS", ["Uzbekistan"]), rate("CNY", "KZT"), rate("USD", null)];
    completeQuotes(figs);
    expect(figs[2]).toMatchObject({ quote: "UZS", entities: ["Uzbekistan"] });
  });

  it("leaves a rate with no earlier quote of its base as it is", () => {
    const figs = [rate("CNY", "KZT"), rate("USD", null)];
    completeQuotes(figs);
    expect(figs[1]!.quote).toBeNull();
  });
});
