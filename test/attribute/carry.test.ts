/** What paragraphs hand on, on figures read from sentences written for this test. */
import { describe, expect, it } from "vitest";
import { Carry, continuesBefore, saysSamePeriod, totalPeriod } from "../../src/attribute/carry.js";
import { findPeriods, refDateOf } from "../../src/attribute/period.js";
import { extractFromText } from "../../src/extract.js";

const ref = () => refDateOf("2025-08-01");

function carryOf(sentence: string): Carry {
  const carry = new Carry(ref);
  carry.record(sentence, findPeriods(sentence, ref), null, extractFromText(sentence, { date: "2025-08-01" }));
  return carry;
}

describe("a paragraph's carry", () => {
  it("hands on its own period, not one it compares with", () => {
    const carry = carryOf("Rail freight rose 6% in H1 2025 compared with H1 2024.");
    expect(carry.period()?.period?.period).toBe("2025-H1");
  });

  it("keeps totals with a period for a breakdown, and only those of the same kind, unit and partners", () => {
    const carry = carryOf("Trade between Kyrgyzstan and China reached $11.2 billion in January-June 2025.");
    const part = { kind: "trade", unit: "USD", subject: null, entities: new Set(["China", "Kyrgyzstan"]) };
    expect(totalPeriod([carry], part)?.period?.period).toBe("2025-H1");
    expect(totalPeriod([carry], { ...part, unit: "t" })).toBeNull();
    expect(totalPeriod([carry], { ...part, kind: "freight" })).toBeNull();
    expect(totalPeriod([carry], { ...part, entities: new Set(["Tajikistan"]) })).toBeNull();
  });

  it("keeps no total that is itself a part, or undated", () => {
    expect(carryOf("Exports to China reached $2.1 billion in 2024.").totals).toHaveLength(0);
    expect(carryOf("Trade between Kyrgyzstan and China reached $11.2 billion.").totals).toHaveLength(0);
  });

  it("tells the words that reach back", () => {
    expect(saysSamePeriod("Imports fell 3% in the same period.")).toBe(true);
    expect(saysSamePeriod("Imports fell 3% compared with the same period of 2024.")).toBe(false);
    expect(continuesBefore("Of the total, exports came to $1 billion.")).toBe(true);
    expect(continuesBefore("Exports came to $1 billion.")).toBe(false);
  });
});

describe("the period of a change's starting level", () => {
  it("is not handed on: the next sentence takes the sentence's own period", () => {
    const fs = extractFromText(
      "Chinese tourists made up 18 percent of arrivals in 2023, up from 11 percent of arrivals in 2021. They spent some $420 million.",
      { date: "2024-05-01" },
    );
    expect(fs.map((f) => [f.text, f.period])).toEqual([["18 percent", "2023"], ["11 percent", "2021"], ["some $420 million", "2023"]]);
  });
});

describe("the period of a starting level written with a thousands separator", () => {
  it("is not handed on either", () => {
    const fs = extractFromText("Ferries moved 61,000 TEU across the Caspian in 2024, up from 43,500 TEU in 2023. Port fees brought in $18 million.", { date: "2025-03-01" });
    expect(fs.map((f) => [f.text, f.period])).toEqual([["61,000 TEU", "2024"], ["43,500 TEU", "2023"], ["$18 million", "2024"]]);
  });
});

describe("a paragraph that names again what the one before measured", () => {
  it("goes on with it: its period and source", () => {
    const text = [
      "Some 2,300 container trains crossed Altynkol in 2024, Kazakhstan Railways said.",
      "",
      "The trains carried 1.9 million tonnes of cargo.",
      "",
      "The wagons were built in Tikhvin. Another 400 wagons are on order.",
    ].join("\n");
    const fs = extractFromText(text, { date: "2025-02-01" });
    expect(fs.find((f) => f.text === "1.9 million tonnes")).toMatchObject({ period: "2024", source: "Kazakhstan Railways" });
    // "The wagons" names nothing the first paragraph measured.
    expect(fs.find((f) => f.text === "400")).toMatchObject({ subject: "wagons", period: null });
  });
});

describe("a paragraph that names no place", () => {
  const byText = (fs: ReturnType<typeof extractFromText>, text: string) => fs.find((f) => f.text === text);

  it("goes on with the paragraph before: its period and the places all its figures are of, not its source", () => {
    const text = "Tajikistan's foreign trade reached $7.4 billion in January-August 2026, the Statistics Agency said.\n\nExports were $1.5 billion and imports $5.9 billion.";
    const fs = extractFromText(text, { date: "2026-09-20" });
    expect(byText(fs, "$1.5 billion")).toMatchObject({ period: "2026-01/2026-08", entities: ["Tajikistan"], direction: "export", source: null });
    expect(byText(fs, "$5.9 billion")).toMatchObject({ period: "2026-01/2026-08", entities: ["Tajikistan"], direction: "import" });
  });

  it("takes a place within the title's region before the region itself", () => {
    const text = [
      "Chinese brands gain ground across Central Asia",
      "",
      "Chinese brands sold 48,300 cars in Uzbekistan in January-June, 29% more than a year earlier.",
      "",
      "Chery alone sold 17,600 cars over the six months.",
    ].join("\n");
    expect(byText(extractFromText(text, { date: "2026-07-15" }), "17,600")).toMatchObject({ period: "2026-H1", entities: ["Uzbekistan"], subject: "cars" });
  });

  it("does not go on after a turn to another topic, nor when it names a place the lexicon does not know", () => {
    const first = "Rail freight between China and Kazakhstan rose 6% to 31 million tonnes in 2025.\n\n";
    expect(byText(extractFromText(`${first}Meanwhile, sea freight cost $2,900 per FEU.`, { date: "2026-02-01" }), "$2,900 per FEU")!.period).toBeNull();
    expect(byText(extractFromText(`${first}Ferries from Mersin carried 12,000 TEU.`, { date: "2026-02-01" }), "12,000 TEU")!.period).toBeNull();
  });

  it("hands on no period still to come to an outcome, and no day", () => {
    const goal = extractFromText("By 2030, Kyrgyzstan plans to export goods worth $4 billion a year.\n\nExports grew 8% to $2.6 billion.", { date: "2026-03-01" });
    expect(byText(goal, "$2.6 billion")!.period).toBeNull();
    const day = extractFromText("Tajikistan's debt to China stood at $1.1 billion on July 1, 2026.\n\nThe economy grew 8.1%.", { date: "2026-08-01" });
    expect(byText(day, "8.1%")!.period).toBeNull();
  });
});

describe("round 107: a year that dates one thing", () => {
  it("is not handed on to the next sentence", () => {
    const figures = extractFromText("The Almalyk deposit holds an estimated 1.1 million tonnes of copper, by a 2019 survey. Its owner has spent $300 million on a new pit.", { date: "2026-07-01" });
    expect(figures.map((f) => [f.value, f.period])).toEqual([[1.1e6, "2019"], [300e6, null]]);
  });
});
