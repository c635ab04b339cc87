/** Tables written as text, on tables written for this test. */
import { describe, expect, it } from "vitest";
import { columnOf, isHeaderLine, isRuling, rowFigures, splitCells } from "../../src/grammar/table.js";
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

  it("leaves prose with a bar in it alone", () => {
    expect(extractFromText("Trade | a record: exports reached $2 billion.", { date: "2025-02-01" }).map((f) => f.text)).toEqual(["$2 billion"]);
  });
});
