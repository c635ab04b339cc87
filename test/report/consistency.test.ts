import { describe, expect, it } from "vitest";
import { checkExchangeRates, checkImpliedPrior, checkPartsAndTotal, checkSources } from "../../src/report/consistency.js";
import type { FactRow } from "../../src/frames/rows.js";

let n = 0;
function fact(over: Partial<FactRow>): FactRow {
  n++;
  return {
    factId: `f:t#${n}`, mentions: 1, mentionIds: `t#${n}`, doc: "t.txt", start: 0, end: 1, text: "x", value: 0, valueHigh: null, unit: "t",
    kind: "freight", qualifier: "exact", status: "actual", period: "2024-H1", entities: "Kyrgyzstan; Uzbekistan", place: null, subject: null,
    direction: null, per: null, base: null, quote: null, source: null, usd: null, usdBasis: null, usdNote: null, qualifies: null, conversionOf: null, isConversion: false,
    outlet: null, date: null, section: null, sentence: "x", ...over,
  };
}

describe("consistency checks", () => {
  it("finds parts that add up, and parts that do not", () => {
    const ok = [fact({ value: 10e6 }), fact({ value: 6e6, direction: "export" }), fact({ value: 4e6, direction: "import" })];
    expect(checkPartsAndTotal(ok)).toMatchObject([{ verdict: "agrees" }]);
    const bad = [fact({ value: 10e6, period: "2021" }), fact({ value: 7e6, direction: "export", period: "2021" }), fact({ value: 4e6, direction: "import", period: "2021" })];
    expect(checkPartsAndTotal(bad)[0]!.verdict).toBe("differs");
    expect(checkPartsAndTotal(bad)[0]!.statement).toContain("differs by 9.1%");
  });

  it("compares the prior levels that growth rates imply", () => {
    const total = fact({ value: 12e6, period: "2022" });
    const ex = fact({ value: 8e6, direction: "export", period: "2022" });
    const im = fact({ value: 4e6, direction: "import", period: "2022" });
    const growth = [
      fact({ kind: "growth", unit: "percent", value: 20, qualifies: total.mentionIds }),
      fact({ kind: "growth", unit: "percent", value: 60, qualifies: ex.mentionIds }),
      fact({ kind: "growth", unit: "percent", value: -20, qualifies: im.mentionIds }),
    ];
    // 12/1.2 = 10 against 8/1.6 + 4/0.8 = 5 + 5 = 10
    const [finding] = checkImpliedPrior([total, ex, im, ...growth]);
    expect(finding).toMatchObject({ verdict: "agrees" });
    expect(finding!.refs).toHaveLength(6);
  });

  it("sets conversions against a quoted rate", () => {
    const rate = fact({ kind: "fx", unit: "rate", text: "UZS/USD = 0.00008", value: 0.00008, base: "UZS", quote: "USD", date: "2025-01-12" });
    const conv = fact({ kind: "deal", unit: "UZS", value: 1e12, usd: 90e6, usdBasis: "converted-in-text" });
    const [f] = checkExchangeRates([rate, conv]);
    expect(f!.verdict).toBe("differs");
    expect(f!.statement).toContain("UZS/USD = 0.00009000");
  });

  it("sets no conversion against a rate only forecast or assumed", () => {
    const assumed = fact({ kind: "fx", unit: "rate", text: "13,400 soums per dollar", value: 13_400, base: "USD", quote: "UZS", status: "forecast" });
    const conv = fact({ kind: "other", unit: "UZS", value: 312.4e12, usd: 24.6e9, usdBasis: "converted-in-text" });
    const [f] = checkExchangeRates([assumed, conv]);
    expect(f).toMatchObject({ verdict: "note", refs: [conv.factId] });
    expect(f!.statement).toContain("no UZS rate is quoted");
  });

  it("reads a rate quoted the other way round ('86.5 som per dollar') as US$ per som", () => {
    const rate = fact({ kind: "fx", unit: "rate", text: "som traded at 86.5 per dollar", value: 86.5, base: "USD", quote: "KGS" });
    const conv = fact({ kind: "deal", unit: "KGS", value: 865e6, usd: 10e6, usdBasis: "converted-in-text" });
    const [f] = checkExchangeRates([rate, conv]);
    expect(f).toMatchObject({ verdict: "agrees", refs: [conv.factId, rate.factId] });
    expect(f!.statement).toContain("the rate quoted in t.txt is 0.01156 (som traded at 86.5 per dollar)");
  });

  it("names sources that disagree about the same total", () => {
    const a = fact({ kind: "trade", unit: "USD", value: 5e9, period: "2020", source: "Uzbek statistics" });
    const b = fact({ kind: "trade", unit: "USD", value: 6e9, period: "2020", source: "Kyrgyz statistics", qualifier: "min" });
    const [f] = checkSources([a, b]);
    expect(f).toMatchObject({ check: "sources disagree", verdict: "differs" });
    expect(f!.statement).toContain("differ by at least $1 billion");
  });
});
