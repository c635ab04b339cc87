import { describe, expect, it } from "vitest";
import { ParagraphFocus } from "../../src/attribute/focus.js";
import { extractFromText } from "../../src/extract.js";

describe("a paragraph's focus", () => {
  it("ranks the most named first, then ties by the title's order, then by first mention", () => {
    const text = "Kyrgyzstan is China's main partner in the south, ahead of Turkey and Iran. China and Kyrgyzstan opened a road.";
    // Kyrgyzstan and China twice each; Turkey and Iran once: the title names Iran.
    const focus = new ParagraphFocus(text, [], () => ["Iran", "China"]);
    expect(focus.candidates().slice(0, 4)).toEqual(["China", "Kyrgyzstan", "Iran", "Turkey"]);
    // Without a title, a tie goes to the first named.
    expect(new ParagraphFocus(text, [], () => []).candidates().slice(0, 4)).toEqual(["Kyrgyzstan", "China", "Turkey", "Iran"]);
  });

  it("puts the section heading first and the countries of named places before the title", () => {
    const focus = new ParagraphFocus("A plant near Osh opened.", ["Kazakhstan"], () => ["China"]);
    expect(focus.candidates()).toEqual(["Kazakhstan", "Kyrgyzstan", "China"]);
  });

  it("fills a figure's missing partner with a country the title names, not one named only in passing", () => {
    const text = [
      "Turkmenistan's trade with China rises",
      "",
      "China stayed Turkmenistan's largest buyer, ahead of Afghanistan. Imports from China came to 512.4 million dollars.",
    ].join("\n");
    const [imports] = extractFromText(text, { date: "2024-08-01" });
    expect(imports).toMatchObject({ value: 512.4e6, kind: "trade", entities: ["China", "Turkmenistan"] });
  });
});
