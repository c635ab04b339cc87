import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/documents/sentences.js";

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe("sentences", () => {
  it("keeps offsets into the text it was given", () => {
    const t = "Trade grew. Freight fell.";
    for (const s of splitSentences(t, 10)) expect(t.slice(s.start - 10, s.end - 10)).toBe(s.text);
  });

  it("goes on after a title and after a scale's abbreviation before its unit", () => {
    expect(texts("Dr. Wang said freight rose. Then he left.")).toEqual(["Dr. Wang said freight rose.", "Then he left."]);
    expect(texts("Container traffic rose to 640 thous. TEU last year. Rates fell.")).toEqual(["Container traffic rose to 640 thous. TEU last year.", "Rates fell."]);
  });

  it("ends a sentence at a scale's abbreviation before a new sentence", () => {
    expect(texts("Exports reached $7.2 bln. China took a third.")).toEqual(["Exports reached $7.2 bln.", "China took a third."]);
  });

  it("goes on after 'U.S.' unless a usual opening word follows", () => {
    expect(texts("The U.S. Commerce Department said so. Next came China.")).toEqual(["The U.S. Commerce Department said so.", "Next came China."]);
    expect(texts("Kazakhstan sold more grain to the U.S. The rest went to China.")).toEqual(["Kazakhstan sold more grain to the U.S.", "The rest went to China."]);
  });
});
