/** Figures written in words (fold verbs, multipliers, fractions), on sentences written for this test. */
import { describe, expect, it } from "vitest";
import { figuresOf as figs, onlyFigure as only } from "../helpers.js";

describe("fold changes written as verbs", () => {
  it("reads fold changes written as verbs, with their qualifier and the level they reach", () => {
    expect(only("Tourist arrivals from China to Kyrgyzstan doubled last year.")).toMatchObject({ value: 2, unit: "fold", kind: "growth", qualifier: "exact", text: "doubled", period: "2023" });
    expect(only("Sales of Tajik lemons in Urumqi have almost quadrupled.")).toMatchObject({ value: 4, qualifier: "approx", text: "almost quadrupled" });
    const [fold, level] = figs("Coal deliveries to Xinjiang more than trebled to 3.3 million tonnes in 2022.");
    expect(fold).toMatchObject({ value: 3, unit: "fold", qualifier: "min", text: "more than trebled", qualifies: level!.id, period: "2022" });
    expect(level).toMatchObject({ value: 3.3e6, unit: "t", kind: "freight" });
  });

  it("reads a fold verb's infinitive as a goal, which the level after it shares", () => {
    const [fold, level] = figs("Turkmenistan intends to double gas sales to China to 65 bcm by 2028.");
    expect(fold).toMatchObject({ value: 2, unit: "fold", kind: "growth", status: "target", subject: "gas sales", text: "double" });
    expect(level).toMatchObject({ value: 65, unit: "bcm", status: "target", period: "2028" });
  });

  it("reads 'twice the amount' and 'twice as much as' as a fold of two, not a frequency or an estimate", () => {
    expect(figs("Uzbek cotton yarn sales to China reached nearly twice the volume of 2021.", "2024-05-01")[0]).toMatchObject({ value: 2, unit: "fold", kind: "growth", qualifier: "approx", text: "nearly twice" });
    expect(only("Kyrgyzstan bought more than twice as much Chinese steel as a year earlier.")).toMatchObject({ value: 2, qualifier: "min" });
    expect(figs("Buses to Kashgar run twice a week; the real figure may be twice as high as customs data show.")).toEqual([]);
    // The year it is compared with is not its period.
    expect(only("Imports of Chinese cars were twice as large as in 2020.")).toMatchObject({ value: 2, period: null });
  });

  it("takes no adjective or compound for a fold verb", () => {
    expect(figs("Tax officers had to double-check the double taxation treaty with Kazakhstan.")).toEqual([]);
  });
});

describe("shares written as fractions", () => {
  it.each([
    ["Kazakh wheat made up roughly a fifth of China's flour imports.", "roughly a fifth", 20, "approx"],
    ["Nearly half of Tajikistan's external debt is owed to China.", "Nearly half", 50, "approx"],
    ["Two-thirds of Turkmen gas goes to China.", "Two-thirds", 66.6666666667, "exact"],
    ["More than a quarter of Uzbek cotton yarn is sold in Chinese mills.", "More than a quarter", 25, "min"],
    ["China bought three-quarters of Kyrgyz gold ore.", "three-quarters", 75, "exact"],
  ])("%s", (sentence, text, value, qualifier) => {
    expect(only(sentence)).toMatchObject({ text, value, unit: "percent", kind: "other", qualifier });
  });

  it("takes no half or quarter of a period for a share", () => {
    expect(figs("In the second half of 2023 and the first quarter of 2024, trains ran late.")).toEqual([]);
    expect(figs("Half of the year passed before a quarter of 2022's plan was met.")).toEqual([]);
  });

  it("reads 'one in N' as a share", () => {
    expect(only("Fewer than one in ten Chinese-funded projects in Kyrgyzstan has been audited.")).toMatchObject({ text: "Fewer than one in ten", value: 10, unit: "percent", qualifier: "max" });
    expect(only("About 1 in 4 trucks at Khorgos carries cars.")).toMatchObject({ value: 25, qualifier: "approx" });
  });
});

describe("multipliers written with x", () => {
  it("reads 'x2.1' and '3.4x' as folds, and links a bracketed one to the level before it", () => {
    const [level, fold] = figs("Transit via Aktau: 41,500 TEU (x1.8 YoY).");
    expect(fold).toMatchObject({ text: "x1.8", value: 1.8, unit: "fold", kind: "growth", qualifies: level!.id });
    expect(only("Chinese car imports to Kazakhstan grew 3.4x in a year.")).toMatchObject({ text: "3.4x", value: 3.4, unit: "fold", kind: "growth" });
  });

  it("takes no model name, dimension or product code for a multiplier", () => {
    expect(figs("The 4x4 trucks and a 3x400 MW line were shown at the Xi'an fair.").filter((f) => f.unit === "fold")).toEqual([]);
  });
});

describe("probe 93: halving, and a fraction with its qualifier after 'by'", () => {
  it("reads 'halved' and 'to halve' as a fall of half", () => {
    const figures = figs("Shipments of cement to Kyrgyzstan halved to 400,000 tonnes.", "2026-11-01");
    expect(figures[0]).toMatchObject({ text: "halved", value: -50, unit: "percent", kind: "growth" });
    expect(only("The aim is to halve the deficit.")).toMatchObject({ text: "halve", value: -50, status: "target" });
  });

  it("reads a fraction after 'by' though a qualifier stands between them", () => {
    expect(figs("Imports were down by nearly half to $700 million.", "2026-11-01")[0]).toMatchObject({ text: "nearly half", value: -50, qualifier: "approx" });
    expect(only("Freight rose by roughly a quarter.", "2026-11-01")).toMatchObject({ value: 25, qualifier: "approx", kind: "growth" });
  });
});

describe("round 109: 'one in every N'", () => {
  it("is a share, as 'one in N' is", () => {
    expect(only("Nearly one in every four lorries crossing at Dostyk carries Chinese steel.")).toMatchObject({ text: "Nearly one in every four", value: 25, unit: "percent", qualifier: "approx" });
  });
});
