import { describe, expect, it } from "vitest";
import { Citations } from "../../src/report/cite.js";
import { freightProse, keyFigures, noTradeChart, tradeProse } from "../../src/report/sections.js";
import { extractFromText } from "../../src/extract.js";
import { factsOf } from "../../src/facts/group.js";
import { factRow } from "../../src/frames/rows.js";

function freightOf(text: string): string {
  const facts = factsOf(extractFromText(text, { doc: "t.txt", date: "2025-12-05" })).map(factRow);
  return freightProse(facts, new Citations(facts));
}

describe("the freight prose", () => {
  it("names a pair 'between' and a single place 'of'", () => {
    expect(freightOf("Rail freight between Kazakhstan and China reached 18.2 million tonnes in 2024.")).toContain("Freight between China and Kazakhstan reached");
    const one = freightOf("Azerbaijan's Middle Corridor volumes\n\nCargo via Azerbaijan reached 4.1 million tons in 2024.");
    expect(one).toContain("Freight of Azerbaijan reached");
    expect(one).not.toContain("Freight between Azerbaijan");
  });
});

describe("the freight prose on changes", () => {
  it("says which way a change went with its verb and writes its size once, without a sign", () => {
    expect(freightOf("Rail freight between Kazakhstan and China fell 4% to 9.1 million tonnes in 2024.")).toContain("fell 4% to <strong>9.1 million t</strong>");
    expect(freightOf("Rail freight between Kazakhstan and China rose by 12 percent to 9.1 million tonnes in 2024.")).toContain("rose 12% to <strong>9.1 million t</strong>");
  });
});

describe("the freight prose on trains", () => {
  it("opens the trains sentence with a capital when what is counted is written in lower case", () => {
    const prose = freightOf("Year to date, container trains via Khorgos numbered 5,100, 8% more than a year earlier.");
    expect(prose).toContain("<p>Container trains through Khorgos: 5,100");
  });
});

describe("the trade prose", () => {
  const rowsOf = (text: string) => factsOf(extractFromText(text, { doc: "t.txt", date: "2026-11-20" })).map(factRow);
  const release = "From January to October 2026, China's trade with the five Central Asian countries reached 640 billion yuan. China's exports of machinery to Central Asia were 170 billion yuan.";

  it("lists totals in the currency the text gives, with the goods a part measures", () => {
    const rows = rowsOf(release);
    const prose = tradeProse(rows, [], new Citations(rows));
    expect(prose).toContain("Jan–Oct 2026: CNY 640 billion");
    expect(prose).toContain("Jan–Oct 2026 exports of machinery: CNY 170 billion");
  });

  it("says where a chart in US dollars would be that the totals are in another currency", () => {
    const ofRegion = (r: { entities: string }) => r.entities.includes("Central Asia");
    expect(noTradeChart(rowsOf(release), "China–Central Asia", ofRegion)).toMatch(/in US dollars were found .*other currencies are listed above/);
    expect(noTradeChart(rowsOf("Rail freight to Central Asia rose."), "China–Central Asia", ofRegion)).toBe("No China–Central Asia trade totals were found in the corpus.");
  });
});

describe("round 74: the key figures", () => {
  const rowsOf = (text: string) => factsOf(extractFromText(text, { doc: "t.txt", date: "2026-11-20" })).map(factRow);

  it("shows a pair's total trade, not the goods a part of it measures nor one flow", () => {
    const parts = rowsOf("Machinery made up 35% of Uzbekistan's imports from China in 2025, worth $4.1 billion. Uzbekistan's exports to China were $2.2 billion in 2025.");
    expect(keyFigures(parts).map((k) => k.value)).toEqual([]);
    const total = rowsOf("Trade between Uzbekistan and China reached $13.8 billion in 2025.");
    expect(keyFigures(total).map((k) => [k.value, k.label])).toEqual([["$13.8 billion", "China–Uzbekistan trade, 2025"]]);
  });
});
