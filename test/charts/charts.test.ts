/** Chart specs are pure functions of the facts frame: the data in them comes from the articles. */
import { describe, expect, it } from "vitest";
import { corpusFrames } from "../../src/frames/frames.js";
import { briefingCharts, centralAsiaTradeChart, dealsChart, kazakhstanChinaTradeChart, renderSvg } from "../../src/charts/index.js";
import { extractFromText } from "../../src/extract.js";
import { factsOf } from "../../src/facts/group.js";
import { textWidth } from "../../src/charts/measure.js";
import { factRow } from "../../src/frames/rows.js";
import { seeds } from "../helpers.js";

describe("charts", async () => {
  const charts = briefingCharts(corpusFrames(await seeds()).facts);
  const values = (c: { spec: unknown } | null) => ((c!.spec as { data: { values: Record<string, unknown>[] } }).data.values);

  it("gives the same specs from the facts DataFrame as from its rows (the report passes the rows)", async () => {
    const corpus = await seeds();
    expect(briefingCharts(corpus.facts.map(factRow))).toEqual(charts);
    expect(Object.values(charts).filter(Boolean)).toHaveLength(6);
  });

  it("draws H1 2023 freight with the implied H1 2022 levels", () => {
    const v = values(charts.freight);
    expect(v.filter((d) => d.series === "H1 2023 (reported)").map((d) => [d.flow, d.mt])).toEqual([["Total", 13.7], ["Exports", 8.3], ["Imports", 5.4]]);
    expect(v.filter((d) => d.series === "H1 2022 (implied by growth)").map((d) => d.mt)).toEqual([10.87, 6.06, 4.78]);
    expect(charts.freight!.caption).toContain("Kazakhstan Railways");
    expect(charts.freight!.alt).toMatch(/^Grouped bar chart/);
  });

  it("draws Kazakhstan–China totals only, a part of a year under its months", () => {
    const text = "Kazakhstan's trade with China reached $31 billion in 2024.\n\nIn January-June 2025, trade between Kazakhstan and China came to $15.2 billion, including Kazakh exports to China of $7.9 billion and imports from China of $7.3 billion.";
    const chart = kazakhstanChinaTradeChart(factsOf(extractFromText(text, { doc: "t.txt", date: "2025-08-01" })).map(factRow));
    expect(values(chart).map((d) => [d.when, d.usd])).toEqual([["2024", 31], ["H1 2025", 15.2]]);
  });

  it("sets side by side, not on top of each other, two articles' totals for the same months with no source named", () => {
    const a = extractFromText("Kazakhstan's trade with China reached $33.2 billion in January-September 2026.", { doc: "a.txt", outlet: "Kursiv", date: "2026-10-20" });
    const b = extractFromText("Trade between Kazakhstan and China was $35.9 billion in January-September 2026.", { doc: "b.txt", outlet: "Ministry of Commerce", date: "2026-10-28" });
    const chart = kazakhstanChinaTradeChart(factsOf([...a, ...b]).map(factRow));
    expect(values(chart).map((d) => [d.when, d.source, d.usd])).toEqual([
      ["Jan–Sep 2026", "source not named (Kursiv)", 33.2],
      ["Jan–Sep 2026", "source not named (Ministry of Commerce)", 35.9],
    ]);
  });

  it("labels a goal among China–Central Asia totals as a goal", () => {
    const text = "Trade between China and Central Asia reached $95 billion in 2024. Leaders aim to lift trade between China and Central Asia to $120 billion by 2030.";
    const chart = centralAsiaTradeChart(factsOf(extractFromText(text, { doc: "t.txt", date: "2025-03-01" })).map(factRow));
    expect(values(chart).map((d) => d.pair)).toEqual(["China–Central Asia, 2024", "China–Central Asia, goal for 2030"]);
  });

  it("keeps Kazakhstan–China trade apart by source and year", () => {
    expect(values(charts.kazakhstanChina).map((d) => [d.when, d.source, d.usd])).toEqual([
      ["2022", "Chinese customs statistics", 31],
      ["2022", "official Kazakh data", 24],
      ["2023", "South China Morning Post", 41],
      ["target (per year)", "Kazakh President Kassym-Jomart Tokayev", 40],
    ]);
  });

  it("shows deals in US dollars with the conversion the text gives", () => {
    const labels = values(charts.deals).map((d) => d.label);
    expect(labels).toContain("$713 million = KZT 321 billion");
  });

  it("renders SVG with titles and axis units, measured with the real font", async () => {
    const svg = await renderSvg(charts.trains!.spec);
    expect(svg).toContain("China-EU trains by border crossing");
    expect(svg).toContain("Trains");
    expect(textWidth("Khorgos", 11)).toBeGreaterThan(35);
    expect(textWidth("Khorgos", 11)).toBeLessThan(50);
    expect(textWidth("分享", 10)).toBe(20);
  });
});

describe("the China–Central Asia totals chart", () => {
  it("charts totals only, not the exports and imports that are parts of them", () => {
    const figures = extractFromText("China's trade with Central Asia rose to 295 billion dollars in 2025. Exports to Central Asia were 176.4 billion dollars, and imports from Central Asia 118.6 billion dollars.", { date: "2025-12-01" });
    const chart = centralAsiaTradeChart(factsOf(figures).map(factRow))!;
    expect(chart.table.rows.map((r) => r.cells[2])).toEqual(["$295bn"]);
  });
});

describe("round 74: the deals chart", () => {
  const values = (c: { spec: unknown } | null) => ((c!.spec as { data: { values: Record<string, unknown>[] } }).data.values);
  it("gives each deal its own bar where their labels would repeat, not one stacked bar", () => {
    const text = "Uzbekistan and China signed a $2.4 billion deal on a copper smelter and a $700 million contract for a cement plant, and a $90 million agreement on buses.";
    const chart = dealsChart(factsOf(extractFromText(text, { doc: "visit.txt", outlet: "Gazeta.uz", date: "2026-05-20" })).map(factRow));
    const whats = values(chart).map((d) => d.what);
    expect(whats).toEqual(["Deals: China–Uzbekistan (Gazeta.uz) #1", "Deals: China–Uzbekistan (Gazeta.uz) #2", "Deals: China–Uzbekistan (Gazeta.uz) #3"]);
  });
});
