/** Tables written as text, on tables written for this test. */
import { describe, expect, it } from "vitest";
import { columnOf, isHeaderLine, isRuling, labelSubject, rowFigures, splitCells } from "../../src/grammar/table.js";
import { extractFromText } from "../../src/extract.js";

describe("a table's header", () => {
  it.each([
    ["Trade, $ bn", { unit: "USD", factor: 1e9, change: false }],
    ["Change, %", { unit: "percent", factor: 1, change: true }],
    ["Share, %", { unit: "percent", factor: 1, change: false }],
    ["Volume, mln t", { unit: "t", factor: 1e6, change: false }],
    ["Investment, bn tenge", { unit: "KZT", factor: 1e9, change: false }],
    ["Containers, TEU", { unit: "TEU", factor: 1, change: false }],
    ["Trains", { unit: "count", factor: 1, change: false }],
    ["Trade, $m", { unit: "USD", factor: 1e6, change: false }],
    // A letter is a scale only beside a currency: "m" here is metres.
    ["Depth, m", { unit: "count", factor: 1, change: false }],
  ])("%s", (label, expected) => {
    expect(columnOf(label)).toMatchObject(expected);
  });

  it.each([
    ["Exports, $ mln", { flow: "export", time: false, period: false }],
    ["Imports from China, bn yuan", { flow: "import" }],
    ["Exports and imports, $ bn", { flow: null }],
    ["Year", { time: true }],
    ["2023", { period: true, time: false }],
    ["H1 2024", { period: true }],
    ["2023/24", { period: true }],
    ["Jan-Jun 2025", { period: true }],
  ])("%s: flow, period", (label, expected) => {
    expect(columnOf(label)).toMatchObject(expected);
  });

  it("splits cells at tabs when a line has no bars", () => {
    expect(splitCells("Copper\t88.1\t-3").map((c) => c.text)).toEqual(["Copper", "88.1", "-3"]);
    expect(isHeaderLine("Metal\tExports, $ mln")).toBe(true);
    expect(isHeaderLine("Metal, 2022 and 2023")).toBe(false);
  });

  it("takes a header of periods as a header, and a row under it as a row", () => {
    expect(isHeaderLine("Indicator | 2022 | 2023")).toBe(true);
    expect(isHeaderLine("Trucks | 2022 | 2023")).toBe(true);
    expect(isHeaderLine("2022 | 2023")).toBe(false);
  });

  it("reads what a row's label measures without its unit", () => {
    expect(labelSubject("Cargo via Khorgos, thousand t")).toBe("Cargo via Khorgos");
    expect(labelSubject("Oil, gas and coal")).toBe("Oil, gas and coal");
  });

  it("tells a header, a row and a ruling apart", () => {
    expect(isHeaderLine("Port | Containers, TEU")).toBe(true);
    expect(isHeaderLine("Khorgos | 120,000")).toBe(false);
    expect(isHeaderLine("Trade grew fast")).toBe(false);
    expect(isRuling("|---|:---:|")).toBe(true);
  });
});

describe("a table's row", () => {
  it("gives each number cell its column's unit and scale, with offsets into the row, and links a change to the level", () => {
    const row = "| Wheat | 1,350 | +61 |";
    const columns = splitCells("| Commodity | Volume, thousand t | y/y, % |").map((c) => columnOf(c.text));
    const [level, change] = rowFigures(row, columns);
    expect(level).toMatchObject({ value: 1_350_000, unit: "t" });
    expect(row.slice(level!.start, level!.end)).toBe("1,350");
    expect(change).toMatchObject({ value: 61, unit: "percent", kindHint: "growth", sign: 1, qualifiesIndex: 0 });
    expect(rowFigures("Barley | 480 | -12", columns)[1]).toMatchObject({ value: 12, sign: -1 });
  });
});

describe("tables in an article", () => {
  const text = [
    "Kazakh grain exports to China, 2024",
    "Commodity | Volume, thousand t | y/y, %",
    "--- | --- | ---",
    "Wheat | 1,350 | +61",
    "Barley | 480 | -12",
  ].join("\n");

  it("turns every cell into a figure of its column, with the row's label and the heading's period", () => {
    const fs = extractFromText(text, { date: "2025-02-01" });
    expect(fs.map((f) => f.text)).toEqual(["1,350", "+61", "480", "-12"]);
    expect(fs[0]).toMatchObject({ value: 1_350_000, unit: "t", kind: "freight", subject: "Wheat", period: "2024", direction: "export" });
    expect(fs[0]!.entities).toEqual(["China", "Kazakhstan"]);
    expect(fs[1]).toMatchObject({ value: 61, kind: "growth", qualifies: fs[0]!.id, period: "2024" });
    expect(fs[3]).toMatchObject({ value: -12, kind: "growth", qualifies: fs[2]!.id });
    for (const f of fs) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it("takes each row's period from a column headed Year, and each column's flow from its header", () => {
    const table = [
      "Tajikistan's trade with China",
      "Year | Trade, $ mln | Exports, $ mln | Imports, $ mln",
      "2019 | 1,670 | 32 | 1,638",
      "2020 | 1,060 | 54 | 1,006",
    ].join("\n");
    const fs = extractFromText(table, { date: "2021-03-01" });
    // The years are the rows' periods, not figures.
    expect(fs.map((f) => f.text)).toEqual(["1,670", "32", "1,638", "1,060", "54", "1,006"]);
    expect(fs.map((f) => f.period)).toEqual(["2019", "2019", "2019", "2020", "2020", "2020"]);
    expect(fs.map((f) => f.direction)).toEqual([null, "export", "import", null, "export", "import"]);
    expect(fs[4]).toMatchObject({ value: 54_000_000, unit: "USD", kind: "trade" });
    expect(fs[4]!.entities).toEqual(["China", "Tajikistan"]);
  });

  it("dates each column by its header's period, in the unit its row's label names", () => {
    const table = [
      "Khorgos gateway in figures",
      "Indicator | 2021 | 2022 | Change, %",
      "Cargo handled, thousand t | 410 | 530 | +29",
      "Container trains | 960 | 1,240 | +29",
    ].join("\n");
    const fs = extractFromText(table, { date: "2023-01-20" });
    expect(fs.map((f) => f.text)).toEqual(["410", "530", "+29", "960", "1,240", "+29"]);
    expect(fs[0]).toMatchObject({ value: 410_000, unit: "t", kind: "freight", period: "2021", subject: "Cargo handled" });
    expect(fs[1]).toMatchObject({ value: 530_000, unit: "t", period: "2022" });
    // The change is from 2021 to 2022: it qualifies the level it reached, as "rose 29% to 530,000 t" would.
    expect(fs[2]).toMatchObject({ value: 29, unit: "percent", kind: "growth", qualifies: fs[1]!.id });
    expect(fs[3]).toMatchObject({ value: 960, unit: "count", kind: "freight", period: "2021", subject: "Container trains" });
    expect(fs[4]).toMatchObject({ value: 1240, period: "2022" });
    for (const f of fs) expect(table.slice(f.start, f.end)).toBe(f.text);
  });

  it("reads a table pasted from a spreadsheet, its cells between tabs", () => {
    const table = ["Turkmen gas exports to China, 2023", "Buyer\tVolume, bcm\tChange, %", "PetroChina\t31.6\t-2.5"].join("\n");
    const fs = extractFromText(table, { date: "2024-02-01" });
    expect(fs.map((f) => f.text)).toEqual(["31.6", "-2.5"]);
    expect(fs[0]).toMatchObject({ value: 31.6, unit: "bcm", period: "2023", direction: "export" });
    expect(fs[1]).toMatchObject({ value: -2.5, kind: "growth", qualifies: fs[0]!.id });
  });

  it("reads a table copied from a PDF, its columns kept by runs of spaces, in the unit its caption names", () => {
    const table = [
      "Table 2. Kazakhstan's exports to China by year, USD million",
      "",
      "Product        2022      2023    Change",
      "Copper        1,912     2,245    +17.4%",
      "Ferroalloys     688       603    -12.4%",
    ].join("\n");
    const fs = extractFromText(table, { date: "2024-05-01" });
    expect(fs.map((f) => f.text)).toEqual(["1,912", "2,245", "+17.4%", "688", "603", "-12.4%"]);
    expect(fs[0]).toMatchObject({ value: 1_912_000_000, unit: "USD", kind: "trade", period: "2022", direction: "export", subject: "Copper" });
    expect(fs[1]).toMatchObject({ value: 2_245_000_000, period: "2023" });
    // A cell written with "%" is a percent under a header that names no unit.
    expect(fs[5]).toMatchObject({ value: -12.4, unit: "percent", kind: "growth", qualifies: fs[4]!.id });
    for (const f of fs) expect(table.slice(f.start, f.end)).toBe(f.text);
  });

  it("takes prose with two spaces after a full stop for no table", () => {
    const text = "Trade reached $3.1 billion.  Exports rose 4%.\nImports grew 6%.  The deficit narrowed.";
    expect(extractFromText(text, { date: "2025-02-01" }).map((f) => f.text)).toEqual(["$3.1 billion", "4%", "6%"]);
  });

  it("leaves prose with a bar in it alone", () => {
    expect(extractFromText("Trade | a record: exports reached $2 billion.", { date: "2025-02-01" }).map((f) => f.text)).toEqual(["$2 billion"]);
  });
});

describe("footnote marks in headers", () => {
  it("reads '2024*' as a period column and 'Trade, $ bn¹' as billions of dollars", () => {
    const text = "Key indicators\n\nIndicator\t2023\t2024*\nTrade with China, $ bn¹\t41.0\t43.8\n\n* preliminary. ¹ customs data.";
    const fs = extractFromText(text);
    expect(fs.map((f) => [f.value, f.unit, f.period])).toEqual([[41e9, "USD", "2023"], [43.8e9, "USD", "2024"]]);
  });
});

describe("round 110: values pasted from a CSV file, under a caption with the unit", () => {
  const text = [
    "Tajikistan–China trade by month, 2025 (USD million)",
    "",
    "Month, Exports to China, Imports from China",
    "April, 8.1, 160.5",
    "May, 9.7, 1,204.9",
    "",
    "Source: Agency on Statistics, 20 June 2025",
  ].join("\n");

  it("reads each row's values in the caption's unit, of the row's month, in its column's flow", () => {
    const figures = extractFromText(text, { date: "2025-06-20" });
    expect(figures.map((f) => [f.value, f.unit, f.period, f.direction, f.kind])).toEqual([
      [8.1e6, "USD", "2025-04", "export", "trade"],
      [160.5e6, "USD", "2025-04", "import", "trade"],
      [9.7e6, "USD", "2025-05", "export", "trade"],
      [1204.9e6, "USD", "2025-05", "import", "trade"],
    ]);
    expect(figures[0]!.entities).toEqual(["China", "Tajikistan"]);
  });

  it("takes no comma-separated line of prose or of names and figures for a table", () => {
    expect(extractFromText("Kazakhstan, China renew swap, expand yuan settlement\n\nThe swap was raised to 35 billion yuan.", { date: "2026-01-01" }).map((f) => f.value)).toEqual([35e9]);
    const shares = extractFromText("Financing: China 51%, Kyrgyzstan 24.5%, Uzbekistan 24.5%\nCost: $4.7 billion, 523 km, 81 tunnels", { date: "2026-01-01" });
    expect(shares.map((f) => f.value)).toEqual([51, 24.5, 24.5, 4.7e9, 523, 81]);
  });
});

describe("round 114: a company's table", () => {
  const text = [
    "Kazakh uranium miner: sales to China, 9M 2026 (US$ million)",
    "",
    "| Item | 9M 2026 | 9M 2025 | Change, % |",
    "|---|---|---|---|",
    "| Revenue from China | 980 | 870 | 12.6 |",
    "| Operating profit | 240 | 275 | (12.7) |",
    "| Net debt | (30) | 95 | n/a |",
  ].join("\n");

  it("reads a number in brackets as accounts write a negative one, and profit and debt as no trade", () => {
    const figures = extractFromText(text, { date: "2026-10-30" });
    const row = (label: string) => figures.filter((f) => f.sentence.includes(label)).map((f) => [f.value, f.kind]);
    expect(row("Operating profit")).toEqual([[240e6, "other"], [275e6, "other"], [-12.7, "growth"]]);
    expect(row("Net debt")).toEqual([[-30e6, "other"], [95e6, "other"]]);
  });
});
