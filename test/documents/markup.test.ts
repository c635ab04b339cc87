/** Markdown's emphasis read as spaces, offsets kept. */
import { describe, expect, it } from "vitest";
import { maskEmphasis, wholeLineMark } from "../../src/documents/markup.js";
import { extractFromText } from "../../src/extract.js";

describe("emphasis marks", () => {
  it("turns the marks into spaces and keeps the length", () => {
    const text = "Exports rose **12%** to _$3.1 billion_, *the agency said*.";
    const masked = maskEmphasis(text);
    expect(masked).toBe("Exports rose   12%   to  $3.1 billion ,  the agency said .");
    expect(masked.length).toBe(text.length);
  });

  it("leaves marks inside words and lone asterisks alone", () => {
    expect(maskEmphasis("snake_case_name and 5*3*2 and a footnote*")).toBe("snake_case_name and 5*3*2 and a footnote*");
  });

  it("finds a line that is one emphasised span", () => {
    expect(wholeLineMark("**This week in numbers**")).toBe(2);
    expect(wholeLineMark("*Issue 12 · 1 May 2026*")).toBe(1);
    expect(wholeLineMark("**$2bn** loan signed")).toBe(0);
  });

  it("reads figures set in emphasis as figures, their words as the file's", () => {
    const text = "Kazakhstan's exports to China rose **9%** to **$14.2 billion** in 2025, and **2,400** Chinese-made trucks were imported.";
    const fs = extractFromText(text, { date: "2026-02-01" });
    expect(fs.map((f) => [f.text, f.kind, f.unit])).toEqual([["9%", "growth", "percent"], ["$14.2 billion", "trade", "USD"], ["2,400", "freight", "count"]]);
    for (const f of fs) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(text.slice(f.sentenceStart, f.sentenceStart + f.sentence.length)).toBe(f.sentence);
    }
  });
});

describe("round 84: a Markdown table with emphasis", () => {
  it("reads cells set in emphasis, a starred period as its year, and the publisher of an emphasised credit line", () => {
    const text = [
      "## Uzbekistan–China trade, 2024–2025 (US$ billion)",
      "",
      "*Published by the Tashkent Data Desk, 4 March 2026*",
      "",
      "| Flow | 2024 | 2025* |",
      "|---|---|---|",
      "| **Total** | **13.8** | **15.6** |",
    ].join("\n");
    const fs = extractFromText(text, { doc: "t.txt" });
    expect(fs.map((f) => [f.text, f.value, f.period])).toEqual([["13.8", 13.8e9, "2024"], ["15.6", 15.6e9, "2025"]]);
    for (const f of fs) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(fs[0]!).toMatchObject({ date: "2026-03-04", outlet: "Tashkent Data Desk" });
  });
});
